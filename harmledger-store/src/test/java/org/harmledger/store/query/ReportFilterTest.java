package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFilterTest {
  @Test
  void rangeEndingBeforeItStarts_isRefused() {
    assertThatThrownBy(() -> new ReportFilter(null, null, null, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
        .hasMessage("report filter starts (2020-02-01) after it ends (2020-01-01)");
  }
}
