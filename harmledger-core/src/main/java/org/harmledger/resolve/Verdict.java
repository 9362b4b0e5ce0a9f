package org.harmledger.resolve;

import java.util.Locale;

/** A fact-check verdict on one assertion: the ledger corroborates it, knows nothing of it, or disagrees. */
public enum Verdict {
  CORROBORATED, NO_MATCH, DISAGREES;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
