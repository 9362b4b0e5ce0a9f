package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.claimant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AwardCalculatorTest {
  private final AwardCalculator calculator = new AwardCalculator(RedressFixtures.SCHEDULE);

  /** Five members of family F each claim 2,500 for a death; the family cap is 10,000. */
  private static List<Claim> fiveDeathClaims() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      claims.add(claim("c-" + i, "k-" + i, "inc-1", "death", i, "v-" + i));
    }
    return claims;
  }

  private static Map<String, Claimant> familyF() {
    return RedressFixtures.byId(Claimant::id, List.of(claimant("k-1", "F", "v-1"), claimant("k-2", "F", "v-2"),
        claimant("k-3", "F", "v-3"), claimant("k-4", "F", "v-4"), claimant("k-5", "F", "v-5")));
  }

  private static Set<String> all(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(Collectors.toSet());
  }

  @Test
  void theFamilyCapStopsTheClaimSubmittedLast() {
    List<Claim> claims = fiveDeathClaims();
    AwardRun run = calculator.compute(claims, all(claims), familyF());
    assertThat(run.awards()).extracting(Award::awarded).containsExactly(2500L, 2500L, 2500L, 2500L, 0L);
    assertThat(run.awards().get(4).note()).isEqualTo("reduced from 2500 to 0: family cap 10000 in personal");
    assertThat(run.breaches()).containsExactly(new CapBreach("F", "personal",
        List.of("c-1", "c-2", "c-3", "c-4", "c-5"), 12500, 10000));
  }

  @Test
  void theResultDoesNotDependOnTheOrderClaimsAreGivenIn() {
    List<Claim> claims = fiveDeathClaims();
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.reverse(shuffled);
    assertThat(calculator.compute(shuffled, all(claims), familyF()))
        .isEqualTo(calculator.compute(claims, all(claims), familyF()));
  }

  @Test
  void paidClaimsConsumeTheCapFirst() {
    List<Claim> claims = fiveDeathClaims();
    ReviewWorkflow w = new ReviewWorkflow();
    Claim last = claims.get(4);
    last = w.advance(last, ClaimStatus.UNDER_REVIEW, "r", ReviewerRole.REVIEWER, RedressFixtures.at(10), "x", List.of());
    last = w.advance(last, ClaimStatus.APPROVED, "r", ReviewerRole.REVIEWER, RedressFixtures.at(11), "x", List.of());
    last = w.advance(last, ClaimStatus.PAID, "p", ReviewerRole.PAYMENT_OFFICER, RedressFixtures.at(12), "x", List.of());
    claims.set(4, last);
    AwardRun run = calculator.compute(claims, all(claims), familyF());
    assertThat(run.awards().get(0).claimId()).isEqualTo("c-5");
    assertThat(run.awards().get(0).awarded()).isEqualTo(2500);
    assertThat(run.awards().get(4).claimId()).isEqualTo("c-4");
    assertThat(run.awards().get(4).awarded()).isZero();
  }

  @Test
  void thePerPersonCapLimitsOneClaimantsClaims() {
    List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-1", "inc-1", "serious_injury", 2, "v-1"));
    AwardRun run = calculator.compute(claims, all(claims), Map.of());
    assertThat(run.awards()).extracting(Award::awarded).containsExactly(2500L, 0L);
    assertThat(run.awards().get(1).note()).contains("per-person cap 2500");
    assertThat(run.breaches()).isEmpty();
  }

  @Test
  void ineligibleClaimsGetNothingAndRejectedClaimsTakeNoPart() {
    Claim rejected = new ReviewWorkflow().advance(claim("c-9", "k-1", "inc-1", "death", 0, "v-1"),
        ClaimStatus.REJECTED, "r", ReviewerRole.REVIEWER, RedressFixtures.at(1), "duplicate", List.of());
    List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "home_destroyed", 1), rejected);
    AwardRun run = calculator.compute(claims, Set.of(), Map.of());
    assertThat(run.awards()).containsExactly(new Award("c-1", "home_destroyed", 10000, 0, "USD", "not eligible"));
  }

  @Test
  void capGroupsAreSeparate() {
    List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-1", "inc-1", "home_destroyed", 2), claim("c-3", "k-1", "inc-2", "home_destroyed", 3));
    AwardRun run = calculator.compute(claims, all(claims), Map.of());
    assertThat(run.awards()).extracting(Award::awarded).containsExactly(2500L, 10000L, 5000L);
    assertThat(run.breaches()).extracting(CapBreach::capGroup).containsExactly("property");
  }
}
