package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
  private static final DatelineFinder FINDER = new DatelineFinder(Fixtures.RULES);

  private static LocalDate date(String text) {
    return FINDER.find(text).map(DateRef::start).orElse(null);
  }

  @Test
  void readsAWeekdayDateLine() {
    String text = "Wed 05 Apr 2017\nGas attack kills dozens in Idlib.";
    Optional<DateRef> found = FINDER.find(text);
    assertThat(found).isPresent();
    assertThat(found.get().start()).isEqualTo(LocalDate.of(2017, 4, 5));
    assertThat(found.get().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(found.get().resolvedFrom()).isEqualTo(DateResolution.DATELINE);
    assertThat(found.get().span().coveredText(text)).isEqualTo("Wed 05 Apr 2017");
  }

  @Test
  void readsAPublishedLine() {
    assertThat(date("Published September 21 2016\nBarrel bombs fell on Douma.")).isEqualTo(LocalDate.of(2016, 9, 21));
    assertThat(date("Published: 3 March 2018 10:45 GMT\nText.")).isEqualTo(LocalDate.of(2018, 3, 3));
  }

  @Test
  void readsADateStandingOnItsOwnLine() {
    assertThat(date("2019-01-20\nStrikes continued.")).isEqualTo(LocalDate.of(2019, 1, 20));
  }

  @Test
  void agencyDatelineWithoutYearTakesTheYearTheTextNames() {
    assertThat(date("DAMASCUS, Jan 12 (Reuters) - Shelling killed five people, the worst day since March 2018."))
        .isEqualTo(LocalDate.of(2018, 1, 12));
    assertThat(date("DAMASCUS, Jan 12 (Reuters) - Shelling killed five people.")).isNull();
    assertThat(FINDER.find("DAMASCUS, Jan 12 (Reuters) - Shelling killed five people.").orElseThrow().text()).isEqualTo("Jan 12");
    assertThat(date("BEIRUT, March 3, 2019 (AP) - Clashes went on.")).isEqualTo(LocalDate.of(2019, 3, 3));
  }

  @Test
  void aDateInsideARunningSentenceIsNotADateline() {
    assertThat(date("On 5 January 2019 warplanes struck the village of Hajin.")).isNull();
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertThat(date("Published 31 February 2019\nText.")).isNull();
  }
}
