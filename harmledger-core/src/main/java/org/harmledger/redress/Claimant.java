package org.harmledger.redress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Claimant is a person who asks for redress: names and contact (personal data), the family
 * (household) the claimant belongs to for the award schedule's family caps (the claimant's own id
 * when null), and the claimant's relationship to each victim claimed for.
 */
public record Claimant(String id, PersonNames names, Contact contact, String familyId, List<Relationship> relationships) {
  public Claimant {
    Checks.nonBlank(id, "a claimant id");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(contact, "contact");
    familyId = familyId == null || familyId.isBlank() ? null : familyId;
    relationships = List.copyOf(relationships);
  }

  /** The family whose cap this claimant's awards count against. */
  public String family() {
    return familyId == null ? id : familyId;
  }

  public Optional<Kinship> kinshipTo(String victimId) {
    return relationships.stream().filter(r -> r.victimId().equals(victimId)).map(Relationship::kinship).findFirst();
  }

  /** The claimant without names or contact. */
  public PublicClaimant publicView() {
    return new PublicClaimant(id, family(), relationships);
  }

  public Claimant withPersonalData(PersonNames newNames, Contact newContact) {
    return new Claimant(id, newNames, newContact, familyId, relationships);
  }
}
