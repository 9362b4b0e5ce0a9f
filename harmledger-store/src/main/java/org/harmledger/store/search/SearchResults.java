package org.harmledger.store.search;

import java.util.List;

/** SearchResults are one page of hits, best first, and how many reports matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  public static SearchResults empty() {
    return new SearchResults(0, List.of());
  }
}
