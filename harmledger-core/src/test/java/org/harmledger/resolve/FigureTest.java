package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.harmledger.model.CasualtyCategory;
import org.junit.jupiter.api.Test;

class FigureTest {
  @Test
  void admitsCountsOverlappingLowToHigh() {
    Figure f = new Figure(Outcome.KILLED, CasualtyCategory.TOTAL, 10, 12, 15L, "r", List.of(), List.of(), null);
    assertThat(f.admits(12, 12L)).isTrue();
    assertThat(f.admits(14, null)).isTrue();
    assertThat(f.admits(16, 16L)).isFalse();
    assertThat(f.admits(3, 9L)).isFalse();
    Figure open = new Figure(Outcome.KILLED, CasualtyCategory.TOTAL, 10, 12, null, "r", List.of(), List.of(), null);
    assertThat(open.admits(500, 500L)).isTrue();
  }

  @Test
  void rejectsABestOutsideLowToHigh() {
    assertThatThrownBy(() -> new Figure(Outcome.KILLED, CasualtyCategory.TOTAL, 10, 9, 15L, "r", List.of(), List.of(),
        null)).hasMessageContaining("low <= best <= high");
  }

  @Test
  void anOverriddenFigureExplainsItselfByItsNote() {
    Figure f = new Figure(Outcome.INJURED, CasualtyCategory.CHILDREN, 1, 2, 3L, "figure.override", List.of(), List.of(),
        "ana: hospital list");
    assertThat(f.explanation()).isEqualTo("injured children: low 1, best 2, high 3 set by rule figure.override: ana: hospital list");
  }
}
