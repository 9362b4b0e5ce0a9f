package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.extract.StageAssertions.assertSpans;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static final DateFinder FINDER = new DateFinder(Fixtures.RULES);
  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2019, 1, 20);

  private static DateRef only(String text, LocalDate published) {
    List<DateRef> found = FINDER.find(Fixtures.analyzed(text, published));
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void weekdayIsTheMostRecentSuchDayBeforePublication() {
    DateRef friday = only("On Friday, jets struck the town.", SUNDAY);
    assertThat(friday.start()).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(friday.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(friday.resolvedFrom()).isEqualTo(DateResolution.RELATIVE);
    assertThat(friday.text()).isEqualTo("On Friday");
    assertThat(only("The raid came on Sunday.", SUNDAY).start()).isEqualTo(SUNDAY);
    assertThat(only("The raid came on Monday night.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 14));
  }

  @Test
  void yesterdayAndLastNightAreTheDayBefore() {
    assertThat(only("Shelling yesterday hit Douma.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 19));
    assertThat(only("Shelling last night hit Douma.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 19));
  }

  @Test
  void earlierThisWeekIsASpanFromMonday() {
    DateRef d = only("Strikes earlier this week hit Idlib.", LocalDate.of(2019, 1, 17));
    assertThat(d.start()).isEqualTo(LocalDate.of(2019, 1, 14));
    assertThat(d.end()).isEqualTo(LocalDate.of(2019, 1, 16));
    assertThat(d.precision()).isEqualTo(DatePrecision.SPAN);
  }

  @Test
  void daysAgoLastWeekLastMonthAndLastYear() {
    assertThat(only("It happened two days ago.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(only("It happened 3 days ago.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 17));
    DateRef week = only("It happened last week.", SUNDAY);
    assertThat(week.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(week.start()).isEqualTo(LocalDate.of(2019, 1, 7));
    assertThat(week.end()).isEqualTo(LocalDate.of(2019, 1, 13));
    DateRef month = only("It happened last month.", SUNDAY);
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(month.start()).isEqualTo(LocalDate.of(2018, 12, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(only("It happened last year.", SUNDAY).precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void todayIsThePublicationDate() {
    DateRef d = only("Jets struck today.", SUNDAY);
    assertThat(d.start()).isEqualTo(SUNDAY);
    assertThat(d.resolvedFrom()).isEqualTo(DateResolution.PUBLICATION);
  }

  @Test
  void writtenDatesAreExplicit() {
    DateRef day = only("Jets struck on 5 January 2019.", null);
    assertThat(day.start()).isEqualTo(LocalDate.of(2019, 1, 5));
    assertThat(day.resolvedFrom()).isEqualTo(DateResolution.EXPLICIT);
    assertThat(only("Jets struck on January 5, 2019.", null).start()).isEqualTo(LocalDate.of(2019, 1, 5));
    assertThat(only("Jets struck on 2019-01-05.", null).start()).isEqualTo(LocalDate.of(2019, 1, 5));
    DateRef month = only("Jets struck in January 2019.", null);
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(month.end()).isEqualTo(LocalDate.of(2019, 1, 31));
  }

  @Test
  void dayAndMonthWithoutYearTakeThePublicationYearNeverTheFuture() {
    assertThat(only("Jets struck on Jan. 5, killing two.", SUNDAY).start()).isEqualTo(LocalDate.of(2019, 1, 5));
    assertThat(only("Jets struck on Dec. 28.", SUNDAY).start()).isEqualTo(LocalDate.of(2018, 12, 28));
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayUnresolved() {
    DateRef d = only("On Friday, jets struck.", null);
    assertThat(d.isResolved()).isFalse();
    assertThat(d.precision()).isEqualTo(DatePrecision.UNRESOLVED);
    assertThat(d.text()).isEqualTo("On Friday");
    assertThat(only("It happened on Jan. 5.", null).isResolved()).isFalse();
  }

  @Test
  void findsEveryDateInOrderWithoutOverlap() {
    assertSpans(FINDER, DateRef::span, "On Friday and on 5 January 2019 and in March 2018, but may rise.", SUNDAY,
        "On Friday", "5 January 2019", "March 2018");
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertThat(FINDER.find(Fixtures.analyzed("On 31 February 2019 nothing.", SUNDAY)))
        .noneMatch(d -> d.text().contains("31 February"));
  }

  @Test
  void twoDaysJoinedAreOneSpan() {
    DateRef d = only("Clashes raged on Thursday and Friday near Hajin.", SUNDAY);
    assertThat(d.start()).isEqualTo(LocalDate.of(2019, 1, 17));
    assertThat(d.end()).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(d.precision()).isEqualTo(DatePrecision.SPAN);
    DateRef between = only("Raids between Jan. 10 and Jan. 12 killed 41.", SUNDAY);
    assertThat(between.text()).isEqualTo("Jan. 10 and Jan. 12");
    assertThat(between.end()).isEqualTo(LocalDate.of(2019, 1, 12));
    assertThat(only("On Thursday and Friday they fled.", null).isResolved()).isFalse();
  }
}
