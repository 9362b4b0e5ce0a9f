package org.harmledger.store.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void emptyText_isRefused() {
    assertThatThrownBy(() -> SearchQuery.of("  ", 10)).hasMessage("search query is empty");
  }

  @Test
  void reversedDates_areRefusedWithBoth() {
    assertThatThrownBy(() -> new SearchQuery("x", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null, null, 0, 1))
        .hasMessageContaining("2020-01-02").hasMessageContaining("2020-01-01");
  }

  @Test
  void negativeOffset_isRefused() {
    assertThatThrownBy(() -> new SearchQuery("x", null, null, null, null, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
