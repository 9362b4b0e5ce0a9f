package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPairsTest {
  /** Report c tells of both events. */
  private static final List<Set<String>> EXPECTED = List.of(Set.of("a", "b", "c"), Set.of("c", "d"));

  @Test
  void aReportInTwoGroupsPairsWithTheMembersOfEach() {
    PairScore s = ReportPairs.score(List.of(Set.of("a", "b", "c"), Set.of("c", "d")), EXPECTED);

    assertThat(s).isEqualTo(new PairScore(4, 4, 4));
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void mergingTheTwoEventsLosesPrecision_andSplittingLosesRecall() {
    PairScore merged = ReportPairs.score(List.of(Set.of("a", "b", "c", "d")), EXPECTED);
    assertThat(merged.recall()).isEqualTo(1.0);
    assertThat(merged.precision()).isCloseTo(4.0 / 6, offset(1e-12));
    PairScore split = ReportPairs.score(List.of(Set.of("a", "b"), Set.of("c"), Set.of("d")), EXPECTED);
    assertThat(split.precision()).isEqualTo(1.0);
    assertThat(split.recall()).isCloseTo(1.0 / 4, offset(1e-12));
    assertThat(split.f1()).isCloseTo(2 * 0.25 / 1.25, offset(1e-12));
  }

  @Test
  void aGroupingWithNoPairScoresFullPrecision_andNothingRecalled() {
    PairScore singletons = ReportPairs.score(List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d")), EXPECTED);

    assertThat(singletons.precision()).isEqualTo(1.0);
    assertThat(singletons.recall()).isZero();
    assertThat(singletons.f1()).isZero();
    assertThat(singletons.describe()).isEqualTo("pairwise  P 1.000  R 0.000  F1 0.000");
  }
}
