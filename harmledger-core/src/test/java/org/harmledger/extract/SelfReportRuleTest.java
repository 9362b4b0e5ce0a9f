package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.Assertion;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class SelfReportRuleTest {
  private static final ReportMetadata META = new ReportMetadata(null, "Example Desk", null, LocalDate.of(2019, 1, 20),
      PublishedFrom.METADATA, "en", ReportKind.NEWS);

  private static List<Assertion> extract(String text) {
    return Fixtures.PIPELINE.extract(text, META).assertions();
  }

  @Test
  void aPerpetratorReportingItsOwnStrikeAcknowledgesIt() {
    List<Assertion> all = extract("The coalition said it struck ISIS fighters near Douma on Friday.");
    assertThat(all).extracting(Assertion::eventType).containsExactly("airstrike", "statement.acknowledgement");
    Assertion ack = all.get(1);
    assertThat(ack.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(ack.claimant().actorId()).isEqualTo("us_led_coalition");
    assertThat(ack.primary()).isFalse();
    assertThat(ack.killed().isEmpty()).isTrue();
    assertThat(ack.evidence()).extracting(e -> e.field()).contains("event_type", "claimant", "perpetrator");
  }

  @Test
  void someoneElsesReportIsNoAcknowledgement() {
    assertThat(extract("Coalition warplanes struck Douma on Friday, the Observatory said."))
        .extracting(Assertion::eventType).containsExactly("airstrike");
  }

  @Test
  void aStatementAlreadyMadeByThePerpetratorIsNotDoubled() {
    assertThat(extract("The coalition denied that its strikes on Douma killed civilians, the coalition said."))
        .extracting(Assertion::eventType).doesNotContain("statement.acknowledgement");
  }

  @Test
  void theAcknowledgementIsDatedWhenThePartySaysWhenItSpoke() {
    List<Assertion> all = extract("The coalition said on Saturday it had struck ISIS fighters near Douma overnight.");
    assertThat(all).extracting(Assertion::eventType).containsExactly("airstrike", "statement.acknowledgement");
    assertThat(all.get(0).date().start()).isEqualTo(java.time.LocalDate.of(2019, 1, 19));
    assertThat(all.get(1).date().start()).isEqualTo(java.time.LocalDate.of(2019, 1, 19));
    assertThat(all.get(1).evidence()).extracting(e -> e.field() + ":" + e.text()).contains("date:on Saturday");
  }

  @Test
  void onlyAnArmedPartySpeakingOfItselfAcknowledges() {
    assertThat(extract("Shelling hit Douma on Friday. Residents said it would have been a massacre had they stayed."))
        .extracting(Assertion::eventType).containsExactly("shelling");
  }

  @Test
  void theTellingDatesMustMatchTheAssertions() {
    SelfReportRule rule = new SelfReportRule(Fixtures.RULES, Fixtures.ACTORS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.apply(List.of(), java.util.Arrays.asList((org.harmledger.model.DateRef) null), java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one telling date per assertion");
  }

  @Test
  void aPartyReportedAsSourceOfItsOwnStrikeIsNotAcknowledgingUnlessItSpeaksOfItself() {
    assertThat(extract("Coalition jets struck Douma on Friday, killing 6 militants, the coalition said."))
        .extracting(Assertion::eventType).containsExactly("airstrike");
    assertThat(extract("Coalition jets struck Douma on Friday, the coalition said. The coalition is assessing the reports."))
        .extracting(Assertion::eventType).containsExactly("airstrike", "statement.acknowledgement");
  }
}
