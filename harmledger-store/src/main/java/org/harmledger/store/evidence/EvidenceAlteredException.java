package org.harmledger.store.evidence;

import org.harmledger.model.Sha256;

/** An EvidenceAlteredException says that a stored original no longer hashes to its address. */
public final class EvidenceAlteredException extends RuntimeException {
  private final Sha256 expected;
  private final Sha256 found;

  public EvidenceAlteredException(Sha256 expected, Sha256 found) {
    super("original altered (expected sha " + expected + ", found " + found + ")");
    this.expected = expected;
    this.found = found;
  }

  public Sha256 expected() {
    return expected;
  }

  public Sha256 found() {
    return found;
  }
}
