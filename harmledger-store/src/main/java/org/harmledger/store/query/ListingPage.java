package org.harmledger.store.query;

import java.util.List;

/**
 * A ListingPage is one page of a filtered listing: the rows asked for, in the listing's order, and
 * how many rows the filter selects in all.
 */
public record ListingPage<T>(List<T> items, long total) {
  public ListingPage {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("a page of " + items.size() + " rows cannot come from " + total + " in all");
    }
  }
}
