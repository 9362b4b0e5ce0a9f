package org.harmledger.store.evidence;

import org.harmledger.model.Sha256;

/** An EvidenceAlteredException says that a stored original no longer hashes to its address. */
public final class EvidenceAlteredException extends RuntimeException {
  public EvidenceAlteredException(Sha256 expected, Sha256 found) {
    super("original altered (expected sha " + expected + ", found " + found + ")");
  }
}
