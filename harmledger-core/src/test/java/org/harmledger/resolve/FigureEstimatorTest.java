package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.model.CasualtyCategory.CHILDREN;
import static org.harmledger.model.CasualtyCategory.CIVILIANS;

import java.util.List;
import java.util.Map;
import org.harmledger.model.Count;
import org.junit.jupiter.api.Test;

class FigureEstimatorTest {
  private final SourceIndependence independence =
      new SourceIndependence(PublisherRegistry.loadDefault(), PartyRelations.loadDefault());
  private final FigureEstimator estimator = new FigureEstimator();

  private Figure civiliansKilled(SourcedAssertion... members) {
    List<SourcedAssertion> list = List.of(members);
    Map<String, Source> sources = independence.sourcesOf(list);
    return estimator.estimate(list, sources).stream()
        .filter(f -> f.outcome() == Outcome.KILLED && f.category() == CIVILIANS).findFirst().orElseThrow();
  }

  @Test
  void eachSourceCountsWithItsLatestFigureAndTheTollOverTimeIsKept() {
    Figure f = civiliansKilled(
        Fixtures.report("lws-1", "Levant Wire Service", "2019-01-18").killed(CIVILIANS, 12).build(),
        Fixtures.report("lws-2", "Levant Wire Service", "2019-01-20").killed(CIVILIANS, 20).build(),
        Fixtures.report("sohr-1", "SOHR", "2019-01-19").killed(CIVILIANS, 16).build());
    assertThat(f.used()).extracting(SourceFigure::sourceKey).containsExactly("levant_wire", "sohr");
    assertThat(f.low()).isEqualTo(16);
    assertThat(f.high()).isEqualTo(20);
    assertThat(f.best()).isEqualTo(18);
    assertThat(f.history()).extracting(s -> s.count().min()).containsExactly(12L, 16L, 20L);
    assertThat(f.rule()).isEqualTo(FigureEstimator.RULE);
    assertThat(f.explanation()).contains("levant_wire 20 (2019-01-20)").contains("best 18");
  }

  @Test
  void aLaterFigureThatOnlyWidensTheSourcesEarlierOneDoesNotReplaceIt() {
    Figure f = civiliansKilled(
        Fixtures.report("em-1", "Euphrates Monitor", "2019-07-23").killed(CIVILIANS, 39).build(),
        Fixtures.report("em-2", "Euphrates Monitor", "2019-07-25").killed(CIVILIANS, Count.atLeast(21)).build(),
        Fixtures.report("lws-1", "Levant Wire Service", "2019-07-22").killed(CIVILIANS, Count.atLeast(16)).build(),
        Fixtures.report("lws-2", "Levant Wire Service", "2019-07-24").killed(CIVILIANS, Count.atLeast(31)).build());
    assertThat(f.used()).extracting(u -> u.count().min()).containsExactlyInAnyOrder(39L, 31L);
    assertThat(f.best()).isEqualTo(35);
    assertThat(f.explanation()).contains("euphrates_monitor 39 (2019-07-23)").contains(FigureEstimator.RULE_WIDER);
  }

  @Test
  void bestIsTheMedianAndHighIsOpenWhenAnySourceGivesNoMaximum() {
    Figure f = civiliansKilled(
        Fixtures.report("a", "Reuters", "2019-01-19").killed(CIVILIANS, 10).build(),
        Fixtures.report("b", "AFP", "2019-01-19").killed(CIVILIANS, Count.atLeast(14)).build(),
        Fixtures.report("c", "SNHR", "2019-01-19").killed(CIVILIANS, new Count(20, 30L, false)).build());
    assertThat(f.low()).isEqualTo(10);
    assertThat(f.best()).isEqualTo(14);
    assertThat(f.high()).isNull();
    assertThat(f.explanation()).contains("high open");
  }

  @Test
  void partisanFiguresCountOnlyWhenNothingElseExists() {
    SourcedAssertion partisan = Fixtures.report("dna-1", "Damascus News Agency", "2019-01-19").by("us_led_coalition")
        .killed(CIVILIANS, 40).killed(CHILDREN, 9).build();
    SourcedAssertion neutral = Fixtures.report("em-1", "Euphrates Monitor", "2019-01-19").by("us_led_coalition")
        .killed(CIVILIANS, 11).build();
    Figure civilians = civiliansKilled(partisan, neutral);
    assertThat(civilians.low()).isEqualTo(11);
    assertThat(civilians.high()).isEqualTo(11);
    assertThat(civilians.history()).hasSize(2);
    List<Figure> all = estimator.estimate(List.of(partisan, neutral), independence.sourcesOf(List.of(partisan, neutral)));
    Figure children = all.stream().filter(x -> x.category() == CHILDREN).findFirst().orElseThrow();
    assertThat(children.rule()).isEqualTo(FigureEstimator.RULE_PARTISAN);
    assertThat(children.best()).isEqualTo(9);
    assertThat(children.explanation()).contains("only partisan sources");
  }

  @Test
  void republicationsAndStatementsDoNotAddFigures() {
    Figure f = civiliansKilled(
        Fixtures.report("lws-1", "Levant Wire Service", "2019-01-19").killed(CIVILIANS, 20).build(),
        Fixtures.report("oo-1", "Orient Observer", "2019-01-21").republishes("lws-1").killed(CIVILIANS, 4).build(),
        Fixtures.report("s-1", "Coalition Press Desk", "2019-01-22").type("statement.denial").killed(CIVILIANS, 0).build());
    assertThat(f.used()).hasSize(1);
    assertThat(f.low()).isEqualTo(4);
    assertThat(f.history()).hasSize(2);
  }
}
