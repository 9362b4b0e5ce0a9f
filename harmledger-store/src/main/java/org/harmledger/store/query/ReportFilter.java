package org.harmledger.store.query;

import java.time.LocalDate;

/**
 * A ReportFilter selects reports for a listing; a null field does not filter. The publisher
 * compares without regard to case, language and kind exactly (codes such as {@code ar} and
 * {@code news}), and {@code from}/{@code to} bound the publication date inclusively.
 */
public record ReportFilter(String publisher, String language, String kind, LocalDate from, LocalDate to) {
  public ReportFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("report filter starts (" + from + ") after it ends (" + to + ")");
    }
  }

  /** The filter that keeps every report. */
  public static ReportFilter all() {
    return new ReportFilter(null, null, null, null, null);
  }
}
