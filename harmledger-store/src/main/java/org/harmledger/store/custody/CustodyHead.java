package org.harmledger.store.custody;

import java.util.Objects;

/** A CustodyHead is the last entry of the custody chain: its sequence number and hash. */
public record CustodyHead(long seq, String hash) {
  /** The "previous hash" of the first entry, which has no predecessor. */
  public static final CustodyHead GENESIS = new CustodyHead(0, "0".repeat(64));

  public CustodyHead {
    Objects.requireNonNull(hash, "hash");
    if (seq < 0) {
      throw new IllegalArgumentException("custody seq must be >= 0 but was " + seq);
    }
  }
}
