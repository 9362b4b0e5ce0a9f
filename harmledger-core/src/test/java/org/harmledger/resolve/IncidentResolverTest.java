package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harmledger.model.CasualtyCategory.CIVILIANS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IncidentResolverTest {
  private final IncidentResolver resolver = IncidentResolver.loadDefault();

  /** Three incidents with near misses around them: two days apart, a neighbouring village, a toll update. */
  static List<SourcedAssertion> ledger() {
    return List.of(
        Fixtures.report("lws-18", "Levant Wire Service", "2019-01-18").by("us_led_coalition").killed(CIVILIANS, 12).build(),
        Fixtures.report("lws-19", "Levant Wire Service", "2019-01-19").by("us_led_coalition").killed(CIVILIANS, 20).build(),
        Fixtures.report("oo-19", "Orient Observer", "2019-01-19").republishes("lws-19").by("us_led_coalition")
            .killed(CIVILIANS, 20).build(),
        Fixtures.report("sohr-19", "SOHR", "2019-01-19").on(Fixtures.relativeDay("2019-01-18")).by("usa")
            .killed(CIVILIANS, 16).build(),
        Fixtures.report("sana-19", "SANA", "2019-01-19").type("statement.condemnation").claimedBy("syria_mofa")
            .by("us_led_coalition").build(),
        Fixtures.report("em-20", "Euphrates Monitor", "2019-01-20").on(Fixtures.day("2019-01-20"))
            .by("us_led_coalition").killed(CIVILIANS, 3).build(),
        Fixtures.report("afp-18", "AFP", "2019-01-18").at(Fixtures.SUSAH).killed(CIVILIANS, 5).build(),
        Fixtures.report("acled-feb", "ACLED", "2019-02-05").on(Fixtures.month("2019-01")).at(Fixtures.MOSUL)
            .type("drone_strike").killed(CIVILIANS, 2).build(),
        Fixtures.report("tigris-1", "Tigris Daily", "2019-01-07").on(Fixtures.day("2019-01-07")).at(Fixtures.MOSUL)
            .by("us_led_coalition").killed(CIVILIANS, 2).build());
  }

  private static Set<Set<String>> grouping(Resolution r) {
    return r.incidents().stream().map(i -> Set.copyOf(i.assertionIds())).collect(Collectors.toSet());
  }

  private static String id(String report) {
    return Fixtures.reportId(report).hex() + ":0";
  }

  @Test
  void groupsReportsOfOneEventAndKeepsNearMissesApart() {
    Resolution r = resolver.resolve(ledger(), List.of());
    assertThat(grouping(r)).containsExactlyInAnyOrder(
        Set.of(id("lws-18"), id("lws-19"), id("oo-19"), id("sohr-19"), id("sana-19")),
        Set.of(id("em-20")),
        Set.of(id("afp-18")),
        Set.of(id("acled-feb"), id("tigris-1")));
  }

  @Test
  void anUndatedStatementJoinsTheEventItsReportDescribes() {
    SourcedAssertion strike = Fixtures.report("dna", "Damascus News Agency", "2019-01-19").by("us_led_coalition")
        .killed(CIVILIANS, 20).build();
    SourcedAssertion condemnation = Fixtures.report("dna", "Damascus News Agency", "2019-01-19").index(1)
        .type("statement.condemnation").on(null).at(null).by("us_led_coalition").build();
    SourcedAssertion otherReport = Fixtures.report("lws", "Levant Wire Service", "2019-01-19").by("us_led_coalition")
        .killed(CIVILIANS, 16).build();
    Resolution r = resolver.resolve(List.of(condemnation, otherReport, strike), List.of());
    assertThat(r.incidents()).hasSize(1);
    assertThat(r.incidentOf(condemnation.assertionId()).orElseThrow().assertionIds())
        .contains(strike.assertionId(), otherReport.assertionId());
  }

  @Test
  void anUndatedStatementFromAReportWithoutAnEventStaysUnattached() {
    SourcedAssertion strike = Fixtures.report("lws", "Levant Wire Service", "2019-01-19").by("us_led_coalition").build();
    SourcedAssertion condemnation = Fixtures.report("un", "Levant Wire Service", "2019-01-19")
        .type("statement.condemnation").on(null).at(null).build();
    Resolution r = resolver.resolve(List.of(strike, condemnation), List.of());
    assertThat(r.incidents()).hasSize(1);
    assertThat(r.incidentOf(condemnation.assertionId())).isEmpty();
    assertThat(r.unattached()).containsExactly(condemnation.assertionId());
  }

  @Test
  void establishesTheIncidentFromItsSources() {
    Incident baghouz = resolver.resolve(ledger(), List.of()).incidentOf(id("lws-18")).orElseThrow();
    assertThat(baghouz.attribution().perpetrator()).isEqualTo("us_led_coalition");
    assertThat(baghouz.attribution().status()).isEqualTo(AttributionStatus.SINGLE);
    Figure civilians = baghouz.figure(Outcome.KILLED, CIVILIANS).orElseThrow();
    assertThat(civilians.low()).isEqualTo(16);
    assertThat(civilians.best()).isEqualTo(18);
    assertThat(civilians.high()).isEqualTo(20);
    assertThat(civilians.history()).hasSize(4);
    assertThat(baghouz.sources()).extracting(Source::key).containsExactly("levant_wire", "sohr", "syrian_state_media");
    assertThat(baghouz.grade().grade()).isEqualTo(Grade.FAIR);
    assertThat(baghouz.eventType()).isEqualTo("airstrike");
    assertThat(baghouz.members().get(0).how()).isEqualTo(Membership.How.FOUNDED);
  }

  @Test
  void everyMatchExplainsItself() {
    Resolution r = resolver.resolve(ledger(), List.of());
    MatchExplanation e = resolver.explain(r, id("sohr-19")).orElseThrow();
    assertThat(e.matched()).isTrue();
    assertThat(e.incidentId()).isEqualTo(r.incidentOf(id("sohr-19")).orElseThrow().id());
    assertThat(e.fields()).extracting(FieldAgreement::rule)
        .contains("same gazetteer place 101", "same perpetrator us_led_coalition");
    Incident i = r.incidentOf(id("sohr-19")).orElseThrow();
    assertThat(i.members()).filteredOn(m -> m.assertionId().equals(id("sohr-19")))
        .extracting(Membership::score).containsExactly(e.score());
    assertThat(resolver.explain(r, "nothing:0")).isEmpty();
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    Resolution expected = resolver.resolve(ledger(), List.of());
    Random random = new Random(20190118);
    for (int run = 0; run < 50; run++) {
      List<SourcedAssertion> shuffled = new ArrayList<>(ledger());
      Collections.shuffle(shuffled, random);
      assertThat(resolver.resolve(shuffled, List.of())).isEqualTo(expected);
    }
  }

  @Test
  void resolvingIncrementallyEqualsResolvingAllAtOnce() {
    List<SourcedAssertion> all = ledger();
    Resolution atOnce = resolver.resolve(all, List.of());
    Random random = new Random(7);
    for (int run = 0; run < 30; run++) {
      List<SourcedAssertion> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      int cut = 1 + random.nextInt(shuffled.size() - 1);
      Resolution first = resolver.resolve(shuffled.subList(0, cut), List.of());
      Resolution second = resolver.resolve(first, shuffled.subList(cut, shuffled.size()), List.of());
      assertThat(second).isEqualTo(atOnce);
    }
  }

  @Test
  void aMorePreciseLaterReportReFoundsTheIncidentButKeepsItsId() {
    SourcedAssertion monthly = Fixtures.report("m", "ACLED", "2019-02-02").on(Fixtures.month("2019-01")).at(Fixtures.MOSUL).build();
    SourcedAssertion exact = Fixtures.report("e", "Tigris Daily", "2019-02-10").on(Fixtures.day("2019-01-08"))
        .at(Fixtures.MOSUL).build();
    Resolution first = resolver.resolve(List.of(monthly), List.of());
    String id = IncidentIds.of(monthly.assertionId());
    assertThat(first.incidents()).singleElement().extracting(Incident::id).isEqualTo(id);
    Resolution second = resolver.resolve(first, List.of(exact), List.of());
    assertThat(second).isEqualTo(resolver.resolve(List.of(exact, monthly), List.of()));
    Incident incident = second.incidents().get(0);
    assertThat(incident.id()).isEqualTo(id);
    assertThat(incident.founderAssertionId()).isEqualTo(exact.assertionId());
    assertThat(incident.date()).isEqualTo(Fixtures.day("2019-01-08"));
  }

  @Test
  void incidentIdsAreStableAcrossRuns() {
    Resolution a = resolver.resolve(ledger(), List.of());
    Resolution b = IncidentResolver.loadDefault().resolve(new ArrayList<>(ledger()), List.of());
    assertThat(a.incidents()).extracting(Incident::id).isEqualTo(b.incidents().stream().map(Incident::id).toList());
    assertThat(a.incidentOf(id("lws-18")).orElseThrow().id()).as("named after the first-published report")
        .isEqualTo(IncidentIds.of(id("lws-18")));
  }

  @Test
  void humanDecisionsSurviveReResolutionWithNewAssertions() {
    Resolution auto = resolver.resolve(ledger(), List.of());
    String baghouz = auto.incidentOf(id("lws-18")).orElseThrow().id();
    String nextDay = auto.incidentOf(id("em-20")).orElseThrow().id();
    List<CurationDecision> decisions = List.of(
        new MergeIncidents(baghouz, List.of(nextDay), "ana", java.time.Instant.parse("2026-01-01T10:00:00Z"),
            "the monitor dates the same strike by the day bodies were recovered"),
        new OverrideGrade(baghouz, Grade.DISCOUNTED, "ana", java.time.Instant.parse("2026-01-01T11:00:00Z"),
            "the footage shows a different village"));
    Resolution curated = resolver.resolve(ledger(), decisions);
    SourcedAssertion late = Fixtures.report("ap-25", "AP", "2019-01-25").on(Fixtures.day("2019-01-18"))
        .by("us_led_coalition").killed(CIVILIANS, 22).build();
    Resolution rerun = resolver.resolve(curated, List.of(late), decisions);
    Incident merged = rerun.incident(baghouz).orElseThrow();
    assertThat(merged.assertionIds()).contains(id("em-20"), id("ap-25"));
    assertThat(rerun.incident(nextDay)).isEmpty();
    assertThat(merged.grade().grade()).isEqualTo(Grade.DISCOUNTED);
    assertThat(merged.grade().reason()).contains("different village");
    assertThat(merged.history()).hasSize(2);
    assertThat(rerun.decisions()).allMatch(DecisionOutcome::applied);
  }

  @Test
  void incrementalResolutionWithDecisionsEqualsResolvingAllAtOnceWithThem() {
    Resolution auto = resolver.resolve(ledger(), List.of());
    String susah = auto.incidentOf(id("afp-18")).orElseThrow().id();
    List<CurationDecision> decisions = List.of(
        new MoveAssertion(id("em-20"), susah, "ana", java.time.Instant.parse("2026-01-02T10:00:00Z"), "wrong village"),
        new OverrideFigure(susah, Outcome.KILLED, CIVILIANS, 5, 6, 9L, "ben",
            java.time.Instant.parse("2026-01-03T10:00:00Z"), "burial records"));
    List<SourcedAssertion> all = ledger();
    Resolution atOnce = resolver.resolve(all, decisions);
    Resolution first = resolver.resolve(all.subList(0, 4), decisions);
    assertThat(first.decisions()).extracting(DecisionOutcome::applied).containsExactly(false, false);
    assertThat(resolver.resolve(first, all.subList(4, all.size()), decisions)).isEqualTo(atOnce);
    assertThat(atOnce.incident(susah).orElseThrow().figure(Outcome.KILLED, CIVILIANS).orElseThrow().best()).isEqualTo(6);
  }

  @Test
  void theSameAssertionIdWithOtherContentIsRejected() {
    SourcedAssertion a = Fixtures.report("x", "AFP", "2019-01-19").build();
    SourcedAssertion b = Fixtures.report("x", "AFP", "2019-01-19").killed(CIVILIANS, 3).build();
    assertThatThrownBy(() -> resolver.resolve(List.of(a, b), List.of()))
        .hasMessageContaining("given twice with different content");
    assertThat(resolver.resolve(List.of(a, a), List.of()).assertions()).hasSize(1);
  }
}
