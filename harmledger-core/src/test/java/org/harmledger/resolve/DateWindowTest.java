package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.junit.jupiter.api.Test;

class DateWindowTest {
  @Test
  void anExplicitDayHasNoSlackAndARelativeDayHasOne() {
    DateWindow explicit = DateWindow.of(Fixtures.day("2019-01-18"));
    DateWindow relative = DateWindow.of(Fixtures.relativeDay("2019-01-18"));
    assertThat(explicit.slack()).isZero();
    assertThat(relative.slack()).isEqualTo(1);
    assertThat(explicit.lo()).isEqualTo((int) LocalDate.parse("2019-01-18").toEpochDay()).isEqualTo(explicit.hi());
  }

  @Test
  void aMonthCoversTheWholeCalendarMonth() {
    DateRef midMonth = new DateRef(LocalDate.parse("2019-02-10"), LocalDate.parse("2019-02-10"), DatePrecision.MONTH,
        DateResolution.EXPLICIT, "February", null);
    DateWindow w = DateWindow.of(midMonth);
    assertThat(w.width()).isEqualTo(28);
    assertThat(w.lo()).isEqualTo((int) LocalDate.parse("2019-02-01").toEpochDay());
  }

  @Test
  void yearsAndUnresolvedDatesAreNotMatchable() {
    DateRef year = new DateRef(LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"), DatePrecision.YEAR,
        DateResolution.EXPLICIT, "2019", null);
    assertThat(DateWindow.of(year).matchable()).isFalse();
    assertThat(DateWindow.of(DateRef.unresolved("recently", null)).matchable()).isFalse();
    assertThat(DateWindow.of(null).matchable()).isFalse();
  }

  @Test
  void gapIsZeroForOverlapAndCountsDaysOtherwise() {
    DateWindow a = DateWindow.of(Fixtures.day("2019-01-18"));
    assertThat(a.gap(DateWindow.of(Fixtures.month("2019-01")))).isZero();
    assertThat(a.gap(DateWindow.of(Fixtures.day("2019-01-20")))).isEqualTo(2);
  }
}
