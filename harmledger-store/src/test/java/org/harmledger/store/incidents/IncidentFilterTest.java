package org.harmledger.store.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncidentFilterTest {
  @Test
  void all_filtersNothing() {
    assertThat(IncidentFilter.all()).isEqualTo(new IncidentFilter(null, null, null, null, null, null, null, null));
  }

  @Test
  void negativeMinKilled_isRefused() {
    assertThatThrownBy(() -> new IncidentFilter(null, null, null, null, null, null, null, -1L))
        .hasMessage("--min-killed must be >= 0 but was -1");
  }
}
