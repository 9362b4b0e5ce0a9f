package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.claimant;
import static org.harmledger.redress.RedressFixtures.incident;
import static org.harmledger.redress.RedressFixtures.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;

class ClaimAssessorTest {
  private final ClaimAssessor assessor = new ClaimAssessor(RedressFixtures.MANDATE, RedressFixtures.SCHEDULE);

  /** Five members of family F each claim 2,500 for a death in a fair incident; the family cap is 10,000. */
  private static List<Claim> family() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      claims.add(claim("c-" + i, "k-" + i, "inc-1", "death", i, "v-" + i));
    }
    return claims;
  }

  private static Map<String, Claimant> claimants() {
    List<Claimant> out = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      out.add(claimant("k-" + i, "F", "v-" + i));
    }
    return RedressFixtures.byId(Claimant::id, out);
  }

  private static Map<String, Victim> victims() {
    List<Victim> out = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      out.add(victim("v-" + i, "Given" + i, "Father", "Family", "inc-1"));
    }
    return RedressFixtures.byId(Victim::id, out);
  }

  private ClaimAssessment assess(Claim target, List<Claim> family, Map<String, IncidentFacts> incidents,
      List<Flag> flags) {
    return assessor.assess(target, family, claimants(), incidents, victims(), flags);
  }

  @Test
  void theClaimAfterTheFamilyCapGetsNothingAsInTheBatch() {
    List<Claim> family = family();
    ClaimAssessment last = assess(family.get(4), family, Map.of("inc-1", incident("inc-1", Grade.FAIR)), List.of());
    assertThat(last.eligibility().eligible()).isTrue();
    assertThat(last.award().awarded()).isZero();
    assertThat(last.award().note()).isEqualTo("reduced from 2500 to 0: family cap 10000 in personal");
    assertThat(assess(family.get(0), family, Map.of("inc-1", incident("inc-1", Grade.FAIR)), List.of())
        .award().awarded()).isEqualTo(2500);
  }

  @Test
  void anIncidentBelowTheMandatesGradeFailsWithItsReason() {
    List<Claim> family = family();
    ClaimAssessment a = assess(family.get(0), family, Map.of("inc-1", incident("inc-1", Grade.WEAK)), List.of());
    assertThat(a.eligibility().eligible()).isFalse();
    assertThat(a.eligibility().failures()).extracting(RuleCheck::rule)
        .containsExactly(EligibilityRule.INCIDENT_GRADE);
    assertThat(a.award().awarded()).isZero();
    assertThat(a.award().note()).isEqualTo("not eligible");
  }

  @Test
  void onlyOpenFlagsInvolvingTheClaimBlockPayment() {
    List<Claim> family = family();
    Flag mine = Flag.raise(FlagKind.FAMILY_CAP_EXCEEDED, "family F asks 12500", List.of("c-1", "c-5"), List.of());
    Flag other = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "same", List.of("c-2", "c-3"), List.of());
    Flag cleared = Flag.raise(FlagKind.VICTIM_WITHOUT_INCIDENT, "no incident", List.of("c-1"), List.of("v-1"));
    cleared = new Flag(cleared.id(), cleared.kind(), cleared.reason(), cleared.claimIds(), cleared.victimIds(),
        new FlagClearance(cleared.id(), "amira", RedressFixtures.at(30), "checked"));
    ClaimAssessment a = assess(family.get(0), family, Map.of("inc-1", incident("inc-1", Grade.FAIR)),
        List.of(mine, other, cleared));
    assertThat(a.blockingFlags()).containsExactly(mine);
    assertThat(a.paymentBlocked()).isTrue();
  }

  @Test
  void aRejectedClaimHasNoAward() {
    List<Claim> family = family();
    Claim rejected = new ReviewWorkflow().advance(family.get(0), ClaimStatus.REJECTED, "r", ReviewerRole.REVIEWER,
        RedressFixtures.at(20), "withdrawn", List.of());
    family.set(0, rejected);
    ClaimAssessment a = assess(rejected, family, Map.of("inc-1", incident("inc-1", Grade.FAIR)), List.of());
    assertThat(a.award()).isNull();
    assertThat(a.paymentBlocked()).isFalse();
  }

  @Test
  void theClaimMustBeAmongItsFamilysClaims() {
    List<Claim> family = family();
    Claim stranger = claim("c-9", "k-9", "inc-1", "death", 9, "v-1");
    assertThatThrownBy(() -> assess(stranger, family, Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim c-9 is missing from its family's claims");
  }
}
