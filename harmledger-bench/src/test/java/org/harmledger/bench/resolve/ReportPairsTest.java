package org.harmledger.bench.resolve;

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
    assertThat(ReportPairs.score(List.of(Set.of("a", "b", "c"), Set.of("c", "d")), EXPECTED))
        .isEqualTo(new ClusterScore(1, 1, 1));
  }

  @Test
  void mergingTheTwoEventsLosesPrecision_andSplittingLosesRecall() {
    ClusterScore merged = ReportPairs.score(List.of(Set.of("a", "b", "c", "d")), EXPECTED);
    assertThat(merged.recall()).isEqualTo(1.0);
    assertThat(merged.precision()).isCloseTo(4.0 / 6, offset(1e-12));
    ClusterScore split = ReportPairs.score(List.of(Set.of("a", "b"), Set.of("c"), Set.of("d")), EXPECTED);
    assertThat(split.precision()).isEqualTo(1.0);
    assertThat(split.recall()).isCloseTo(1.0 / 4, offset(1e-12));
  }
}
