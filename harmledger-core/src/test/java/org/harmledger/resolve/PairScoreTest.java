package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairScoreTest {
  @Test
  void precisionAndRecall_areTheAgreedShareOfEachSide() {
    PairScore s = new PairScore(4, 8, 2);

    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isEqualTo(2 * 0.5 * 0.25 / 0.75);
  }

  @Test
  void moreAgreedPairsThanEitherSideHolds_isRefused() {
    assertThatThrownBy(() -> new PairScore(2, 5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agreed 3, found 2, expected 5");
  }
}
