package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {
  @Test
  void firstPage_isFine_butAnEmptyPageOrANegativeOffsetIsNot() {
    assertThatCode(() -> Paging.require(0, 1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Paging.require(0, 0)).hasMessage("expected offset >= 0 and limit >= 1 but was 0, 0");
    assertThatThrownBy(() -> Paging.require(-5, 10)).hasMessage("expected offset >= 0 and limit >= 1 but was -5, 10");
  }
}
