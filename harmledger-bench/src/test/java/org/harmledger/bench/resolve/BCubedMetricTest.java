package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedMetricTest {
  private static final Map<String, String> GOLD = Map.of("a", "I1", "b", "I1", "c", "I1", "d", "I2", "e", "I2");

  @Test
  void aPerfectGroupingScoresOne() {
    assertThat(BCubedMetric.score(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), GOLD))
        .isEqualTo(new ClusterScore(1, 1, 1));
  }

  @Test
  void scoresItemByItem() {
    ClusterScore s = BCubedMetric.score(Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "y"), GOLD);
    // a, b, c: precision 3/4, recall 1; d: precision 1/4, recall 1/2; e: precision 1, recall 1/2.
    assertThat(s.precision()).isCloseTo((3 * 0.75 + 0.25 + 1) / 5, offset(1e-12));
    assertThat(s.recall()).isCloseTo((3 + 0.5 + 0.5) / 5, offset(1e-12));
  }

  @Test
  void allSingletonsHavePerfectPrecision() {
    ClusterScore s = BCubedMetric.score(Map.of(), GOLD);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo((3 * (1.0 / 3) + 2 * 0.5) / 5, offset(1e-12));
  }
}
