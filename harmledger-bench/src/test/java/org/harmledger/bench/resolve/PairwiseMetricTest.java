package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseMetricTest {
  private static final Map<String, String> GOLD = Map.of("a", "I1", "b", "I1", "c", "I1", "d", "I2", "e", "I2");

  @Test
  void aPerfectGroupingScoresOneWhateverTheLabels() {
    ClusterScore s = PairwiseMetric.score(Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y"), GOLD);
    assertThat(s).isEqualTo(new ClusterScore(1, 1, 1));
  }

  @Test
  void mergingEverythingKeepsRecallAndLosesPrecision() {
    ClusterScore s = PairwiseMetric.score(Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x"), GOLD);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(4.0 / 10, offset(1e-12));
  }

  @Test
  void splittingAndMissingItemsLoseRecall() {
    ClusterScore s = PairwiseMetric.score(Map.of("a", "x", "b", "x", "c", "z", "d", "y"), GOLD);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1.0 / 4, offset(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.25 / 1.25, offset(1e-12));
  }
}
