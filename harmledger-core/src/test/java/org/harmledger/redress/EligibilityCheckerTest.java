package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.claimant;
import static org.harmledger.redress.RedressFixtures.incident;
import static org.harmledger.redress.RedressFixtures.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;

class EligibilityCheckerTest {
  private final EligibilityChecker checker = new EligibilityChecker(RedressFixtures.MANDATE, RedressFixtures.SCHEDULE);
  private final Map<String, IncidentFacts> incidents = Map.of("inc-1", incident("inc-1", Grade.FAIR),
      "inc-weak", incident("inc-weak", Grade.WEAK),
      "inc-old", new IncidentFacts("inc-old", LocalDate.parse("2015-05-01"), LocalDate.parse("2015-05-01"), "SY",
          "Deir ez-Zor", "us_led_coalition", Grade.CONFIRMED),
      "inc-raqqa", new IncidentFacts("inc-raqqa", LocalDate.parse("2018-05-01"), LocalDate.parse("2018-05-01"), "SY",
          "Raqqa", "syrian_government", Grade.CONFIRMED));
  private final Map<String, Victim> victims = Map.of("v-1", victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1"),
      "v-2", victim("v-2", "Omar", "Ali", "Jaber", "inc-weak"));

  @Test
  void aClaimMeetingEveryRuleIsEligibleAndEveryRuleIsListed() {
    Eligibility e = checker.check(claim("c-1", "k-1", "inc-1", "death", 0, "v-1"), claimant("k-1", null, "v-1"),
        incidents, victims);
    assertThat(e.eligible()).isTrue();
    assertThat(e.checks()).extracting(RuleCheck::rule).containsExactly(EligibilityRule.values());
    assertThat(e.checks().get(2).describe()).isEqualTo("pass incident_in_period: incident within 2017-01-01..2019-03-23");
  }

  @Test
  void eachFailingRuleSaysWhy() {
    Eligibility old = checker.check(claim("c-1", "k-1", "inc-old", "home_destroyed", 0), claimant("k-1", null),
        incidents, victims);
    assertThat(old.failures()).extracting(RuleCheck::detail)
        .containsExactly("incident inc-old dated 2015-05-01..2015-05-01, outside 2017-01-01..2019-03-23");
    Eligibility raqqa = checker.check(claim("c-2", "k-1", "inc-raqqa", "home_destroyed", 0), claimant("k-1", null),
        incidents, victims);
    assertThat(raqqa.failures()).extracting(RuleCheck::rule)
        .containsExactly(EligibilityRule.INCIDENT_IN_TERRITORY, EligibilityRule.PERPETRATOR_COVERED);
    assertThat(raqqa.failures().get(1).detail()).isEqualTo(
        "incident inc-raqqa is attributed to syrian_government, not among us_led_coalition");
  }

  @Test
  void weakIncidentsFailTheGradeRule() {
    Eligibility e = checker.check(claim("c-1", "k-1", "inc-weak", "death", 0, "v-2"), claimant("k-1", null, "v-2"),
        incidents, victims);
    assertThat(e.failures()).extracting(RuleCheck::detail).containsExactly("incident inc-weak is graded weak, below fair");
  }

  @Test
  void victimRulesCatchMissingUnregisteredMisplacedAndUnrelatedVictims() {
    Eligibility none = checker.check(claim("c-1", "k-1", "inc-1", "death", 0), claimant("k-1", null), incidents,
        victims);
    assertThat(none.failures()).extracting(RuleCheck::rule).containsExactly(EligibilityRule.VICTIMS_NAMED);
    Eligibility wrong = checker.check(claim("c-2", "k-1", "inc-1", "death", 0, "v-2", "v-9"),
        claimant("k-1", null, "v-2"), incidents, victims);
    assertThat(wrong.failures()).extracting(RuleCheck::detail).containsExactly(
        "victims not registered: v-9", "victims not recorded in incident inc-1: v-2",
        "no relationship recorded to victims: v-9");
  }

  @Test
  void missingIncidentCategoryClaimantAndDocumentsAreFailures() {
    Claim bare = Claim.submit("c-1", "k-404", List.of(), "inc-404", "fishing_boat", List.of(), "reg",
        RedressFixtures.T0);
    Eligibility e = checker.check(bare, null, incidents, victims);
    assertThat(e.failures()).extracting(RuleCheck::rule).containsExactly(EligibilityRule.CATEGORY_IN_SCHEDULE,
        EligibilityRule.INCIDENT_RECORDED, EligibilityRule.INCIDENT_IN_PERIOD, EligibilityRule.INCIDENT_IN_TERRITORY,
        EligibilityRule.PERPETRATOR_COVERED, EligibilityRule.INCIDENT_GRADE, EligibilityRule.CLAIMANT_RELATED,
        EligibilityRule.DOCUMENTS_SUPPLIED);
    assertThat(e.failures().get(1).detail()).isEqualTo("incident inc-404 is not recorded");
    assertThat(e.failures().get(6).detail()).isEqualTo("claimant k-404 is not registered");
  }
}
