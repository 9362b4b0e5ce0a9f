package org.harmledger.store.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ListTotals remembers how many incidents a list filter matched, keyed by the custody chain's head.
 * Every change to the incident tables (a resolution, a curation decision) appends a custody entry
 * in the same transaction, so a total read under one head holds until the head moves. Counting is
 * the dearest part of a list page (a scan of the table on PostgreSQL), and a server asks the same
 * few filters again and again.
 */
final class ListTotals {
  private static final int CAPACITY = 512;

  private final Map<String, Long> totals = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The total remembered for {@code query} at chain head {@code head}. */
  synchronized Optional<Long> get(long head, String query) {
    return Optional.ofNullable(totals.get(head + "\u0000" + query));
  }

  /**
   * Remembers {@code total} for {@code query} at {@code head}. The caller reads the head before it
   * counts: a change committed in between makes the total newer than its key, and the next reader,
   * seeing the new head, counts again.
   */
  synchronized void put(long head, String query, long total) {
    totals.put(head + "\u0000" + query, total);
  }
}
