package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.redress.RedressFixtures.at;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.incident;
import static org.harmledger.redress.RedressFixtures.victim;

import java.util.List;
import java.util.Map;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;

class FlagDetectorTest {
  private final FlagDetector detector = new FlagDetector(RedressFixtures.MANDATE);
  private final Map<String, IncidentFacts> incidents = Map.of("inc-1", incident("inc-1", Grade.FAIR),
      "inc-weak", incident("inc-weak", Grade.WEAK));
  private final Map<String, Victim> victims = Map.of(
      "v-1", victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1"),
      "v-2", victim("v-2", "Ahmed", "Ali", "Jaber", "inc-1"),
      "v-free", victim("v-free", "Omar", "Ali", "Jaber", null));

  private List<Flag> detect(List<Claim> claims, List<CapBreach> breaches, List<MatchProposal> proposals,
      List<MergeDecision> decisions, List<FlagClearance> clearances) {
    return detector.detect(new FlagDetector.Evidence(claims, victims, incidents, breaches, proposals, decisions),
        clearances);
  }

  private List<Flag> detect(Claim... claims) {
    return detect(List.of(claims), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void oneVictimClaimedBySeveralClaimants() {
    List<Flag> flags = detect(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"), claim("c-2", "k-2", "inc-1", "death", 2,
        "v-1"));
    assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS);
    assertThat(flags.get(0).claimIds()).containsExactly("c-1", "c-2");
    assertThat(flags.get(0).reason()).isEqualTo("victim v-1 is claimed for by 2 claimants [k-1, k-2]");
  }

  @Test
  void oneClaimantOverlappingOnVictimOrIncident() {
    List<Flag> byVictim = detect(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-1", "inc-1", "death", 2, "v-1"));
    assertThat(byVictim).extracting(Flag::kind).containsExactly(FlagKind.OVERLAPPING_CLAIMS);
    List<Flag> byIncident = detect(claim("c-1", "k-1", "inc-1", "home_destroyed", 1),
        claim("c-2", "k-1", "inc-1", "home_destroyed", 2), claim("c-3", "k-1", "inc-1", "death", 3, "v-1"));
    assertThat(byIncident).extracting(Flag::reason)
        .containsExactly("claimant k-1 has 2 claims of category home_destroyed for the same incident inc-1");
  }

  @Test
  void victimsNotLinkedToARecordedIncident() {
    List<Flag> flags = detect(claim("c-1", "k-1", "inc-1", "death", 1, "v-free", "v-404"));
    assertThat(flags).extracting(Flag::reason).containsExactly(
        "victim v-404 named in claim c-1 is not in the victims register",
        "victim v-free named in claim c-1 is not linked to any incident");
  }

  @Test
  void incidentBelowTheMandatesGrade() {
    List<Flag> flags = detect(claim("c-1", "k-1", "inc-weak", "home_destroyed", 1));
    assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.INCIDENT_BELOW_GRADE);
  }

  @Test
  void familyCapBreachesOfOpenClaims() {
    List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "home_destroyed", 1),
        claim("c-2", "k-2", "inc-1", "death", 2, "v-1"));
    List<Flag> flags = detect(claims, List.of(new CapBreach("F", "personal", List.of("c-1", "c-2"), 12500, 10000)),
        List.of(), List.of(), List.of());
    assertThat(flags).extracting(Flag::reason).containsExactly(
        "family F asked 12500 in cap group personal over 2 claims; the family cap is 10000");
  }

  @Test
  void likelyDuplicateVictimsUnderDifferentClaimsUnlessDecidedApart() {
    List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-2", "inc-1", "death", 2, "v-2"));
    MatchProposal p = VictimMatcher.loadDefault().compare(victims.get("v-1"), victims.get("v-2"));
    List<Flag> flags = detect(claims, List.of(), List.of(p), List.of(), List.of());
    assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.LIKELY_DUPLICATE_VICTIMS);
    assertThat(flags.get(0).victimIds()).containsExactly("v-1", "v-2");
    assertThat(flags.get(0).reason()).startsWith("likely one person under different claims: v-1 and v-2 score");
    MergeDecision apart = new MergeDecision("v-1", "v-2", MergeVerdict.DIFFERENT_PEOPLE, "ana", at(5), "cousins");
    assertThat(detect(claims, List.of(), List.of(p), List.of(apart), List.of())).isEmpty();
    MergeDecision same = new MergeDecision("v-2", "v-1", MergeVerdict.SAME_PERSON, "ana", at(5), "same ID card");
    assertThat(detect(claims, List.of(), List.of(), List.of(same), List.of())).extracting(Flag::reason)
        .containsExactly("likely one person under different claims: v-2 and v-1 were decided the same person by ana");
  }

  @Test
  void closedClaimsRaiseNothingOnTheirOwnAndClearancesApply() {
    Claim rejected = new ReviewWorkflow().advance(claim("c-2", "k-2", "inc-1", "death", 2, "v-1"),
        ClaimStatus.REJECTED, "r", ReviewerRole.REVIEWER, at(3), "duplicate", List.of());
    assertThat(detect(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"), rejected)).isEmpty();
    List<Flag> open = detect(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"), claim("c-2", "k-2", "inc-1", "death", 2,
        "v-1"));
    FlagClearance older = new FlagClearance(open.get(0).id(), "sam", at(5), "mother and father both claim");
    FlagClearance newer = new FlagClearance(open.get(0).id(), "ana", at(9), "checked again");
    List<Flag> cleared = detect(List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1"),
        claim("c-2", "k-2", "inc-1", "death", 2, "v-1")), List.of(), List.of(), List.of(), List.of(newer, older));
    assertThat(cleared.get(0).isOpen()).isFalse();
    assertThat(cleared.get(0).clearance()).isEqualTo(newer);
  }
}
