package org.harmledger.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * CalendarWords reads month and weekday names from the rule set and builds dates from their
 * parts, returning empty rather than throwing on impossible dates ("31 February"). Shared by the
 * date stages; immutable.
 */
final class CalendarWords {
  private final Map<String, Integer> months;
  private final Map<String, Integer> weekdays;
  private final String monthAlternation;
  private final String weekdayAlternation;

  CalendarWords(DateRules rules) {
    this.months = rules.months();
    this.weekdays = rules.weekdays();
    this.monthAlternation = Phrases.alternation(months.keySet());
    this.weekdayAlternation = Phrases.alternation(weekdays.keySet());
  }

  /** A case-sensitive regex group matching a month name, optionally followed by a dot. */
  String month() {
    return "(" + monthAlternation + ")\\.?";
  }

  /** A case-sensitive regex group matching a weekday name, optionally followed by a dot. */
  String weekday() {
    return "(" + weekdayAlternation + ")\\.?";
  }

  int monthNumber(String name) {
    return months.getOrDefault(name, 0);
  }

  /** ISO day of week, 1 = Monday; 0 when the name is unknown. */
  int weekdayNumber(String name) {
    return weekdays.getOrDefault(name, 0);
  }

  /** The date for these parts, empty when they name no real day. */
  static Optional<LocalDate> date(String year, int month, String day) {
    if (year.length() > 4 || day.length() > 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
