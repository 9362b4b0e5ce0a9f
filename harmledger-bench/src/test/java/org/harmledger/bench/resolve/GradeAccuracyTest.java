package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeAccuracyTest {
  @Test
  void countsItemsWithTheirExpectedGradeAndMissingOnesAsWrong() {
    GradeAccuracy a = GradeAccuracy.of(Map.of("r1", "fair", "r2", "weak"),
        Map.of("r1", "fair", "r2", "contested", "r3", "confirmed"));
    assertThat(a).isEqualTo(new GradeAccuracy(1, 3));
    assertThat(a.accuracy()).isEqualTo(1.0 / 3);
  }

  @Test
  void rejectsMoreCorrectThanTotal() {
    assertThatThrownBy(() -> new GradeAccuracy(4, 3)).hasMessageContaining("correct <= total");
  }
}
