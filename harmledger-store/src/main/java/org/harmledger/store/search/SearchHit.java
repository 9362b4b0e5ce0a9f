package org.harmledger.store.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A SearchHit is one report found by a search: its id, title, publisher, publication date and
 * language, and a snippet of its text or title in which the matching words are wrapped in
 * {@code <mark>} and everything else is HTML-escaped, so it can be shown as it is.
 */
public record SearchHit(
    String reportId, String title, String publisher, LocalDate published, String language, String snippet,
    float score) {

  public SearchHit {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(snippet, "snippet");
  }
}
