package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.harmledger.model.CasualtyCategory;
import org.junit.jupiter.api.Test;

class CurationApplierTest {
  private static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-02T09:00:00Z");

  private static Membership m(String id) {
    return new Membership(id, 1.0, Membership.How.MATCHED);
  }

  private static final Map<String, List<Membership>> AUTO = Map.of(
      "inc-a", List.of(m("a1"), m("a2"), m("a3")),
      "inc-b", List.of(m("b1")));

  private static List<String> ids(List<Membership> members) {
    return members.stream().map(Membership::assertionId).toList();
  }

  @Test
  void mergeFoldsIncidentsIntoOne() {
    CurationApplier c = new CurationApplier(List.of(new MergeIncidents("inc-a", List.of("inc-b"), "ana", T1, "same strike")));
    Map<String, List<Membership>> g = c.regroup(AUTO);
    assertThat(g).containsOnlyKeys("inc-a");
    assertThat(ids(g.get("inc-a"))).containsExactly("a1", "a2", "a3", "b1");
    assertThat(g.get("inc-a").get(3).how()).isEqualTo(Membership.How.CURATED);
  }

  @Test
  void splitMakesANewIncidentAndMoveRelocatesOneAssertion() {
    SplitAssertions split = new SplitAssertions(List.of("a3", "a2"), "ana", T1, "second strike that evening");
    CurationApplier c = new CurationApplier(List.of(new MoveAssertion("a1", "inc-b", "ben", T2, "wrong village"), split));
    Map<String, List<Membership>> g = c.regroup(AUTO);
    assertThat(split.newIncidentId()).isEqualTo(IncidentIds.ofSplit("a2"));
    assertThat(ids(g.get(split.newIncidentId()))).containsExactlyInAnyOrder("a2", "a3");
    assertThat(ids(g.get("inc-b"))).containsExactly("b1", "a1");
    assertThat(g).doesNotContainKey("inc-a");
  }

  @Test
  void decisionsOnUnknownIdsAreNotAppliedAndSayWhy() {
    CurationApplier c = new CurationApplier(List.of(
        new MergeIncidents("inc-a", List.of("inc-zzz"), "ana", T1, "dup"),
        new MoveAssertion("nope", "inc-a", "ana", T1, "x")));
    assertThat(c.regroup(AUTO)).isEqualTo(Map.of("inc-a", AUTO.get("inc-a"), "inc-b", AUTO.get("inc-b")));
    assertThat(c.outcomes()).extracting(DecisionOutcome::applied).containsExactly(false, false);
    assertThat(c.outcomes().get(0).note()).isEqualTo("no incident [inc-zzz] in this resolution");
  }

  @Test
  void overridesReplaceGradeAndFigureAndAreKeptInHistory() {
    Resolution r = IncidentResolver.loadDefault().resolve(List.of(
        Fixtures.report("a", "Reuters", "2019-01-19").killed(CasualtyCategory.CIVILIANS, 10).build()), List.of());
    String id = r.incidents().get(0).id();
    OverrideFigure figure = new OverrideFigure(id, Outcome.KILLED, CasualtyCategory.CIVILIANS, 11, 12, 14L, "ana", T2,
        "names list from the hospital");
    OverrideGrade grade = new OverrideGrade(id, Grade.DISCOUNTED, "ben", T1, "duplicate of an Iraqi incident");
    CurationApplier c = new CurationApplier(List.of(figure, grade));
    c.regroup(r.automatic());
    Incident i = c.override(r.incidents()).get(0);
    assertThat(i.grade()).isEqualTo(new GradeAssessment(Grade.DISCOUNTED, "grade.override",
        "ben: duplicate of an Iraqi incident"));
    Figure f = i.figure(Outcome.KILLED, CasualtyCategory.CIVILIANS).orElseThrow();
    assertThat(f.best()).isEqualTo(12);
    assertThat(f.rule()).isEqualTo("figure.override");
    assertThat(f.history()).hasSize(1);
    assertThat(i.history()).containsExactly(grade, figure);
  }

  @Test
  void historyAndOutcomesFollowTheTimeOfEachDecisionWhateverItsKind() {
    Resolution r = IncidentResolver.loadDefault().resolve(List.of(
        Fixtures.report("a", "Reuters", "2019-01-19").build(),
        Fixtures.report("b", "Reuters", "2019-01-19").at(Fixtures.MOSUL).build()), List.of());
    String a = r.incidents().get(0).id();
    String b = r.incidents().get(1).id();
    OverrideGrade grade = new OverrideGrade(a, Grade.DISCOUNTED, "ben", T1, "doubtful");
    MergeIncidents merge = new MergeIncidents(a, List.of(b), "ana", T2, "one raid reported twice");
    CurationApplier c = new CurationApplier(List.of(merge, grade));
    c.regroup(r.automatic());
    Incident merged = c.override(r.incidents()).stream().filter(i -> i.id().equals(a)).findFirst().orElseThrow();
    assertThat(merged.history()).containsExactly(grade, merge);
    assertThat(c.outcomes()).extracting(DecisionOutcome::decision).containsExactly(grade, merge);
  }

  @Test
  void everyDecisionNeedsActorTimeAndReason() {
    assertThatThrownBy(() -> new OverrideGrade("inc-a", Grade.FAIR, "ana", T1, " "))
        .hasMessage("a curation decision needs a reason");
    assertThatThrownBy(() -> new MoveAssertion("a1", "inc-b", "", T1, "x"))
        .hasMessage("a curation decision needs the person who made it");
    assertThatThrownBy(() -> new SplitAssertions(List.of("a1"), "ana", null, "x"))
        .hasMessage("a curation decision needs the time it was made");
  }
}
