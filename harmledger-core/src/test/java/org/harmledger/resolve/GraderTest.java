package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {
  private final PartyRelations parties = PartyRelations.loadDefault();
  private final SourceIndependence independence = new SourceIndependence(PublisherRegistry.loadDefault(), parties);
  private final Grader grader = new Grader(EventFamilies.loadDefault(), parties);

  private Grader.Result grade(SourcedAssertion... members) {
    List<SourcedAssertion> list = List.of(members);
    Map<String, Source> sources = independence.sourcesOf(list);
    Map<String, String> roots = new HashMap<>();
    list.forEach(a -> roots.put(a.assertionId(),
        parties.root(a.assertion().perpetrator() == null ? null : a.assertion().perpetrator().actorId())));
    return grader.grade(list, sources, Attribution.of(list, sources, roots));
  }

  private static Fixtures.Builder strike(String report, String publisher) {
    return Fixtures.report(report, publisher, "2019-01-19").by("us_led_coalition");
  }

  @Test
  void oneSourceIsWeak() {
    Grader.Result r = grade(strike("a", "Reuters").build());
    assertThat(r.grade().grade()).isEqualTo(Grade.WEAK);
    assertThat(r.grade().ruleId()).isEqualTo(Grader.WEAK);
    assertThat(r.response()).isEqualTo(BelligerentResponse.NOT_ASSESSED);
  }

  @Test
  void twoIndependentSourcesAreFairButARepublicationIsNotASecondSource() {
    assertThat(grade(strike("a", "Reuters").build(), strike("b", "SOHR").build()).grade().grade()).isEqualTo(Grade.FAIR);
    assertThat(grade(strike("lws", "Levant Wire Service").build(),
        strike("oo", "Orient Observer").republishes("lws").build()).grade().grade()).isEqualTo(Grade.WEAK);
  }

  @Test
  void alignedPartisanOutletsCountOnceTogether() {
    Grader.Result r = grade(strike("a", "SANA").build(), strike("b", "Tehran Press Agency").build());
    assertThat(r.grade().grade()).isEqualTo(Grade.WEAK);
    assertThat(r.grade().reason()).contains("bloc:damascus_bloc");
  }

  @Test
  void anAcknowledgementByTheAccusedConfirms() {
    Grader.Result r = grade(strike("a", "Reuters").build(),
        strike("cpd", "Coalition Press Desk").type("statement.acknowledgement").build());
    assertThat(r.grade().grade()).isEqualTo(Grade.CONFIRMED);
    assertThat(r.grade().reason()).contains("us_led_coalition acknowledged");
    assertThat(r.response()).isEqualTo(BelligerentResponse.ACKNOWLEDGED);
  }

  @Test
  void anAcknowledgementBySomeoneElseDoesNotConfirm() {
    Grader.Result r = grade(strike("a", "Reuters").build(),
        strike("sana", "SANA").type("statement.acknowledgement").build());
    assertThat(r.grade().grade()).isEqualTo(Grade.WEAK);
  }

  @Test
  void competingAttributionsAreContested() {
    Grader.Result r = grade(strike("a", "Reuters").build(), strike("b", "AFP").by("russia").build());
    assertThat(r.grade().grade()).isEqualTo(Grade.CONTESTED);
    assertThat(r.grade().ruleId()).isEqualTo(Grader.CONTESTED_ATTRIBUTION);
  }

  @Test
  void aDenialAgainstASingleSourceIsContestedAndAgainstTwoIsStillFair() {
    SourcedAssertion denial = strike("cpd", "Coalition Press Desk").type("statement.denial").build();
    Grader.Result single = grade(strike("a", "Reuters").build(), denial);
    assertThat(single.grade().ruleId()).isEqualTo(Grader.CONTESTED_DENIAL);
    assertThat(single.response()).isEqualTo(BelligerentResponse.DENIED);
    Grader.Result two = grade(strike("a", "Reuters").build(), strike("b", "Airwars").build(), denial);
    assertThat(two.grade().grade()).isEqualTo(Grade.FAIR);
    assertThat(two.grade().reason()).contains("despite a denial");
  }

  @Test
  void aStatementWithoutSpeakerOrSubjectIsNoResponse() {
    SourcedAssertion anonymous = Fixtures.report("x", "Reuters", "2019-01-20").type("statement.denial").build();
    Grader.Result r = grade(strike("a", "AFP").build(), anonymous);
    assertThat(r.response()).isEqualTo(BelligerentResponse.NOT_ASSESSED);
    assertThat(r.grade().grade()).isEqualTo(Grade.WEAK);
  }

  @Test
  void theLatestResponseWins() {
    SourcedAssertion denial = Fixtures.report("d", "Coalition Press Desk", "2019-01-20").by("us_led_coalition")
        .type("statement.denial").build();
    SourcedAssertion ack = Fixtures.report("k", "Coalition Press Desk", "2019-06-01").by("us_led_coalition")
        .type("statement.acknowledgement").build();
    assertThat(grade(strike("a", "Reuters").build(), denial, ack).response()).isEqualTo(BelligerentResponse.ACKNOWLEDGED);
  }
}
