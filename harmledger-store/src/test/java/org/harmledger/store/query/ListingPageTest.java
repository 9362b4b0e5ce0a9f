package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingPageTest {
  @Test
  void items_areCopied() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));
    ListingPage<String> page = new ListingPage<>(rows, 5);
    rows.add("c");

    assertThat(page.items()).containsExactly("a", "b");
  }

  @Test
  void totalBelowThePage_isRefused() {
    assertThatThrownBy(() -> new ListingPage<>(List.of("a", "b"), 1))
        .hasMessage("a page of 2 rows cannot come from 1 in all");
  }
}
