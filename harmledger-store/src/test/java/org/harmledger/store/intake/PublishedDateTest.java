package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

  @Test
  void isoDatesAndDateTimesGiveTheDateAsWritten() throws BadInput {
    LocalDate expected = LocalDate.of(2019, 1, 20);
    assertThat(PublishedDate.parse("2019-01-20", "f")).isEqualTo(expected);
    assertThat(PublishedDate.parse(" 2019-01-20T23:30:00+03:00 ", "f")).isEqualTo(expected);
    assertThat(PublishedDate.parse("2019-01-20T23:30:00-0500", "f")).isEqualTo(expected);
    assertThat(PublishedDate.parse("2019-01-20T23:30:00.123Z", "f")).isEqualTo(expected);
    assertThat(PublishedDate.parse("2019-01-20 23:30", "f")).isEqualTo(expected);
  }

  @Test
  void anythingElseIsABadDateNamingTheField() {
    assertThatThrownBy(() -> PublishedDate.parse("20/01/2019", "'published'"))
        .isInstanceOf(BadInput.class)
        .hasMessage("bad date '20/01/2019' in 'published' (expected an ISO date such as 2019-01-20)");
    assertThatThrownBy(() -> PublishedDate.parse("2019-02-30", "f")).hasMessageStartingWith("bad date '2019-02-30'");
    assertThatThrownBy(() -> PublishedDate.parse("2019-01-20Tnoon", "f")).isInstanceOf(BadInput.class);
  }

  @Test
  void aLongBadValueIsShortened() {
    assertThatThrownBy(() -> PublishedDate.parse("x".repeat(100), "f"))
        .hasMessage("bad date '" + "x".repeat(40) + "...' in f (expected an ISO date such as 2019-01-20)");
  }
}
