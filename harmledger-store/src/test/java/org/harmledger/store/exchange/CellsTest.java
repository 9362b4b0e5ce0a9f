package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void dates_isoWithOrWithoutTime_andAcledLongForm() {
    assertThat(Cells.date(Map.of("d", "2019-01-18"), "d")).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(Cells.date(Map.of("d", "2019-01-18 00:00:00.000"), "d")).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(Cells.date(Map.of("d", "18 January 2019"), "d")).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThatThrownBy(() -> Cells.date(Map.of("d", "Friday"), "d")).hasMessage("d 'Friday' is not a date");
    assertThatThrownBy(() -> Cells.date(Map.of("d", " "), "d")).hasMessage("d is empty");
  }

  @Test
  void numbers_nameTheColumnWhenBad() {
    assertThat(Cells.whole(Map.of("n", "12"), "n")).isEqualTo(12L);
    assertThat(Cells.whole(Map.of("n", "12.0"), "n")).isEqualTo(12L);
    assertThat(Cells.whole(Map.of("n", ""), "n")).isNull();
    assertThatThrownBy(() -> Cells.whole(Map.of("n", "-3"), "n")).hasMessage("n '-3' is negative");
    assertThatThrownBy(() -> Cells.whole(Map.of("n", "a dozen"), "n")).hasMessage("n 'a dozen' is not a whole number");
    assertThatThrownBy(() -> Cells.decimal(Map.of("x", "north"), "x")).hasMessage("x 'north' is not a number");
  }
}
