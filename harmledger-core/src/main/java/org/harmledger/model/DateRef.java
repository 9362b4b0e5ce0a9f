package org.harmledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DateRef is when a report says an event happened: a range of days with a precision and a note
 * of how it was resolved. An unresolved DateRef keeps its text and span but has no dates.
 */
public record DateRef(
    LocalDate start,
    LocalDate end,
    DatePrecision precision,
    DateResolution resolvedFrom,
    String text,
    Span span) {

  public DateRef {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(resolvedFrom, "resolvedFrom");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("start and end must both be set or both be null");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (start == null && precision != DatePrecision.UNRESOLVED) {
      throw new IllegalArgumentException("a DateRef without dates must be unresolved, not " + precision);
    }
  }

  public static DateRef unresolved(String text, Span span) {
    return new DateRef(null, null, DatePrecision.UNRESOLVED, DateResolution.UNRESOLVED, text, span);
  }

  public boolean isResolved() {
    return start != null;
  }
}
