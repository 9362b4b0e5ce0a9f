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
    assertThat(a.correct()).isEqualTo(1);
    assertThat(a.total()).isEqualTo(3);
    assertThat(a.accuracy()).isEqualTo(1.0 / 3);
    assertThat(a.misses()).containsExactly(Map.entry("r2", "contested -> weak"), Map.entry("r3", "confirmed -> none"));
  }

  @Test
  void confusionCountsEachKindOfMiss() {
    GradeAccuracy a = GradeAccuracy.of(Map.of("r1", "fair", "r2", "fair", "r3", "weak"),
        Map.of("r1", "contested", "r2", "contested", "r3", "weak"));
    assertThat(a.confusion()).containsExactly(Map.entry("contested -> fair", 2));
  }

  @Test
  void rejectsMoreCorrectThanTotal() {
    assertThatThrownBy(() -> new GradeAccuracy(4, 3, Map.of())).hasMessageContaining("correct <= total");
  }
}
