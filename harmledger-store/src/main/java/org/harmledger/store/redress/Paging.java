package org.harmledger.store.redress;

/** Paging checks the slice a listing of the registers asks for: offset at least 0, limit 1..max. */
final class Paging {
  private Paging() {}

  static void check(int offset, int limit, int max) {
    if (offset < 0 || limit < 1 || limit > max) {
      throw new IllegalArgumentException("expected offset >= 0 and limit 1.." + max + " but was " + offset + ", "
          + limit);
    }
  }
}
