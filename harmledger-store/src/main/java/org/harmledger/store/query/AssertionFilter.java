package org.harmledger.store.query;

import java.time.LocalDate;

/**
 * An AssertionFilter selects stored assertions for a listing; a null field does not filter.
 * The event type and perpetrator are codes and ids compared exactly, the province (admin1)
 * without regard to case, the report by its full id; {@code from}/{@code to} keep assertions
 * whose date range overlaps them.
 */
public record AssertionFilter(
    String eventType, String admin1, String perpetrator, String report, LocalDate from, LocalDate to) {

  public AssertionFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("assertion filter starts (" + from + ") after it ends (" + to + ")");
    }
  }

  /** The filter that keeps every assertion. */
  public static AssertionFilter all() {
    return new AssertionFilter(null, null, null, null, null, null);
  }
}
