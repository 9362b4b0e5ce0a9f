package org.harmledger.store.query;

/** Paging checks the offset and limit a listing is asked for. */
final class Paging {
  private Paging() {}

  static void require(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("expected offset >= 0 and limit >= 1 but was " + offset + ", " + limit);
    }
  }
}
