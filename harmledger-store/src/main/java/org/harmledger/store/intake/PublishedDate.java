package org.harmledger.store.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PublishedDate reads a publication date written as an ISO date ({@code 2019-01-20}) or an ISO
 * date-time with or without an offset ({@code 2019-01-20T09:30:00+03:00}, {@code +0300},
 * {@code Z}, or a space for the {@code T}). The date is the one written, in the publisher's own
 * time zone, never shifted to UTC.
 */
final class PublishedDate {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private PublishedDate() {}

  /** The date, or a BadInput naming {@code field} and the text. */
  static LocalDate parse(String text, String field) throws BadInput {
    String value = text.strip();
    Matcher iso = ISO.matcher(value);
    try {
      if (iso.matches()) {
        return LocalDate.parse(iso.group(1));
      }
    } catch (DateTimeException e) {
      throw new BadInput(bad(value, field), e);
    }
    throw new BadInput(bad(value, field));
  }

  private static String bad(String value, String field) {
    String shown = value.length() <= 40 ? value : value.substring(0, 40) + "...";
    return "bad date '" + shown + "' in " + field + " (expected an ISO date such as 2019-01-20)";
  }
}
