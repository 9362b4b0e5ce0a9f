package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.redress.RedressFixtures.at;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.claimant;
import static org.harmledger.redress.RedressFixtures.incident;
import static org.harmledger.redress.RedressFixtures.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;

class ClaimBatchTest {
  private final ClaimBatch batch = new ClaimBatch(RedressFixtures.MANDATE, RedressFixtures.SCHEDULE,
      VictimMatcher.loadDefault());

  private BatchInput input(List<Claim> claims, List<FlagClearance> clearances) {
    List<Victim> victims = List.of(victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1"),
        victim("v-2", "Ahmed", "Ali", "al-Jaber", "inc-1"), victim("v-3", "Zaynab", "Omar", "Darwish", "inc-1"),
        victim("v-4", "Yusuf", "Omar", "Darwish", "inc-weak"));
    List<Claimant> claimants = List.of(claimant("k-1", "F", "v-1"), claimant("k-2", "F", "v-2"),
        claimant("k-3", null, "v-3"), claimant("k-4", null, "v-4"));
    return new BatchInput(claims, RedressFixtures.byId(Claimant::id, claimants),
        RedressFixtures.byId(Victim::id, victims),
        Map.of("inc-1", incident("inc-1", Grade.FAIR), "inc-weak", incident("inc-weak", Grade.WEAK)), List.of(),
        clearances);
  }

  private static List<Claim> claims() {
    Claim rejected = new ReviewWorkflow().advance(claim("c-5", "k-3", "inc-1", "death", 5, "v-3"),
        ClaimStatus.REJECTED, "r", ReviewerRole.REVIEWER, at(6), "withdrawn", List.of());
    return new ArrayList<>(List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-2", "inc-1", "death", 2, "v-2"), claim("c-3", "k-3", "inc-1", "death", 3, "v-3"),
        claim("c-4", "k-4", "inc-weak", "death", 4, "v-4"), rejected));
  }

  @Test
  void reportCountsAwardsAndFlags() {
    BatchReport r = batch.run(input(claims(), List.of()));
    assertThat(r.perStatus()).containsEntry(ClaimStatus.SUBMITTED, 4L).containsEntry(ClaimStatus.REJECTED, 1L);
    assertThat(r.openPerCategory()).containsEntry("death", 4L);
    assertThat(r.eligible()).isEqualTo(3);
    assertThat(r.ineligible()).isEqualTo(1);
    assertThat(r.awardedPerCategory()).containsEntry("death", 7500L);
    assertThat(r.totalAwarded()).isEqualTo(7500);
    assertThat(r.flags()).extracting(Flag::kind).containsExactlyInAnyOrder(FlagKind.INCIDENT_BELOW_GRADE,
        FlagKind.LIKELY_DUPLICATE_VICTIMS);
    assertThat(r.openFlags()).isEqualTo(2);
    assertThat(r.matching().proposals()).extracting(MatchProposal::victimA).containsExactly("v-1");
    assertThat(r.summary()).contains("total awarded to open claims: 7500 USD", "flags: 2, 2 open");
  }

  @Test
  void sameInputSameReportAndClearancesCloseFlags() {
    BatchReport first = batch.run(input(claims(), List.of()));
    assertThat(batch.run(input(claims(), List.of()))).isEqualTo(first);
    List<FlagClearance> clearances = first.flags().stream()
        .map(f -> new FlagClearance(f.id(), "sam", at(30), "reviewed")).toList();
    assertThat(batch.run(input(claims(), clearances)).openFlags()).isZero();
  }
}
