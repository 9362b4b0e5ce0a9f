package org.harmledger.redress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A ClaimAssessor assesses one claim the way {@link ClaimBatch} would, without the whole batch:
 * caps are per claimant and per family, so the claims of the claim's family are all that its award
 * depends on. Immutable and thread-safe.
 */
public final class ClaimAssessor {
  private final EligibilityChecker checker;
  private final AwardCalculator calculator;

  public ClaimAssessor(Mandate mandate, AwardSchedule schedule) {
    this.checker = new EligibilityChecker(mandate, schedule);
    this.calculator = new AwardCalculator(schedule);
  }

  /**
   * Assesses {@code claim}.
   *
   * @param family every claim of the claim's family, the claim itself included
   * @param claimants the family's claimants by id
   * @param incidents the facts of the incidents those claims name, by id
   * @param victims the victims those claims name, by id
   * @param flags the flags of the latest batch run
   * @throws IllegalArgumentException when {@code family} does not hold {@code claim}
   */
  public ClaimAssessment assess(Claim claim, List<Claim> family, Map<String, Claimant> claimants,
      Map<String, IncidentFacts> incidents, Map<String, Victim> victims, List<Flag> flags) {
    Objects.requireNonNull(claim, "claim");
    if (family.stream().noneMatch(c -> c.id().equals(claim.id()))) {
      throw new IllegalArgumentException("claim " + claim.id() + " is missing from its family's claims");
    }
    Set<String> eligible = new HashSet<>();
    Eligibility own = null;
    for (Claim c : family) {
      Eligibility e = checker.check(c, claimants.get(c.claimantId()), incidents, victims);
      if (e.eligible()) {
        eligible.add(c.id());
      }
      if (c.id().equals(claim.id())) {
        own = e;
      }
    }
    Award award = null;
    for (Award a : calculator.compute(family, eligible, claimants).awards()) {
      if (a.claimId().equals(claim.id())) {
        award = a;
      }
    }
    List<Flag> blocking = new ArrayList<>();
    for (Flag f : flags) {
      if (f.isOpen() && f.involvesClaim(claim.id())) {
        blocking.add(f);
      }
    }
    return new ClaimAssessment(claim.id(), own, award, blocking);
  }
}
