package org.harmledger.store.search;

import java.time.LocalDate;

/**
 * A SearchQuery is a search over report titles and texts: the query text (words, "quoted phrases",
 * AND/OR/NOT in Lucene's classic syntax), optional filters on publication dates (inclusive),
 * publisher and province (admin1), and the page wanted. Null filters do not filter.
 */
public record SearchQuery(
    String text, LocalDate from, LocalDate to, String publisher, String admin1, int offset, int limit) {

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("search query is empty");
    }
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("expected offset >= 0 and limit >= 1 but was " + offset + ", " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("search date range starts (" + from + ") after it ends (" + to + ")");
    }
  }

  /** A query for {@code text} with no filters, first page of {@code limit}. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, null, 0, limit);
  }
}
