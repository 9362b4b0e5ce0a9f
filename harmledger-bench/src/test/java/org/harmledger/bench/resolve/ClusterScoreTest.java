package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterScoreTest {
  @Test
  void f1IsTheHarmonicMeanAndZeroWhenBothAreZero() {
    assertThat(ClusterScore.of(0.5, 1.0).f1()).isEqualTo(2 * 0.5 / 1.5);
    assertThat(ClusterScore.of(0, 0).f1()).isZero();
  }

  @Test
  void rejectsScoresOutsideZeroToOne() {
    assertThatThrownBy(() -> new ClusterScore(1.5, 0, 0)).hasMessageContaining("[0, 1]");
  }
}
