package org.harmledger.store.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * PublishedDate reads a publication date written as an ISO date ({@code 2019-01-20}) or an ISO
 * date-time with or without offset ({@code 2019-01-20T09:30:00+03:00}). The date is the one
 * written, in the publisher's own time zone, never shifted to UTC.
 */
final class PublishedDate {

  private PublishedDate() {}

  /** The date, or a BadInput naming {@code field} and the text. */
  static LocalDate parse(String text, String field) throws BadInput {
    String value = text.strip();
    try {
      if (value.length() <= 10) {
        return LocalDate.parse(value);
      }
      if (value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10) {
        return OffsetDateTime.parse(value).toLocalDate();
      }
      return LocalDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadInput("bad date '" + shorten(value) + "' in " + field
          + " (expected an ISO date such as 2019-01-20)", e);
    }
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
