package org.harmledger.redress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.harmledger.model.Sha256;

/**
 * The Eraser removes a person's personal data from a victim or claimant record on request,
 * keeping everything else (ids, outcome, relationships) so figures and claims stay whole. The
 * hash in the tombstone is over the canonical text of the erased data ({@link
 * PersonalData#canonicalText()}), prefixed by the record kind and id. Stateless and thread-safe.
 */
public final class Eraser {
  public Erasure<Victim> erase(Victim victim, String actor, Instant at, String reason) {
    String erased = "victim " + victim.id() + "\n" + victim.names().canonicalText();
    return new Erasure<>(victim.withNames(PersonNames.none()),
        new Tombstone("victim", victim.id(), at, actor, reason, hash(erased)));
  }

  public Erasure<Claimant> erase(Claimant claimant, String actor, Instant at, String reason) {
    String erased = "claimant " + claimant.id() + "\n" + claimant.names().canonicalText()
        + claimant.contact().canonicalText();
    return new Erasure<>(claimant.withPersonalData(PersonNames.none(), Contact.none()),
        new Tombstone("claimant", claimant.id(), at, actor, reason, hash(erased)));
  }

  private static Sha256 hash(String text) {
    return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
  }
}
