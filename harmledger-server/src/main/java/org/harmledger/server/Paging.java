package org.harmledger.server;

/** A Paging is the slice of a listing a request asks for: skip {@code offset} items, return at most {@code limit}. */
public record Paging(int offset, int limit) {
  public static final int DEFAULT_LIMIT = 50;

  public Paging {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("expected offset >= 0 and limit >= 1 but was " + offset + ", " + limit);
    }
  }
}
