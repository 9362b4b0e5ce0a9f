package org.harmledger.redress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SubjectExport is all Harm Ledger holds about one data subject, for that person: their own
 * record in full (as claimant or as victim), the claims they made or are named in, and the other
 * victims of their claims without names (those names are other people's data).
 */
public record SubjectExport(String subjectId, Claimant claimant, Victim victim, List<Claim> claims,
    List<PublicVictim> otherVictims) {

  public SubjectExport {
    Checks.nonBlank(subjectId, "a subject id");
    if ((claimant == null) == (victim == null)) {
      throw new IllegalArgumentException("a subject export holds exactly one of claimant or victim");
    }
    claims = List.copyOf(claims);
    otherVictims = List.copyOf(otherVictims);
  }

  /** The export for a claimant: their record, their claims, and their claims' victims without names. */
  public static SubjectExport forClaimant(Claimant claimant, Collection<Claim> claims, Map<String, Victim> victims) {
    List<Claim> own = claims.stream().filter(c -> c.claimantId().equals(claimant.id())).toList();
    return new SubjectExport(claimant.id(), claimant, null, own, others(own, victims, null));
  }

  /** The export for a victim (an injured person asking for their data): their record and the claims naming them. */
  public static SubjectExport forVictim(Victim victim, Collection<Claim> claims, Map<String, Victim> victims) {
    Objects.requireNonNull(victim, "victim");
    List<Claim> naming = claims.stream().filter(c -> c.victimIds().contains(victim.id())).toList();
    return new SubjectExport(victim.id(), null, victim, naming, others(naming, victims, victim.id()));
  }

  private static List<PublicVictim> others(List<Claim> claims, Map<String, Victim> victims, String self) {
    List<PublicVictim> others = new ArrayList<>();
    claims.stream().flatMap(c -> c.victimIds().stream()).distinct().filter(id -> !id.equals(self))
        .map(victims::get).filter(Objects::nonNull).forEach(v -> others.add(v.publicView()));
    return others;
  }
}
