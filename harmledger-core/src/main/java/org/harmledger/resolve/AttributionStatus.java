package org.harmledger.resolve;

import java.util.Locale;

/** Whether an incident's perpetrator is unknown, named by its sources as one party, or contested between several. */
public enum AttributionStatus {
  UNKNOWN, SINGLE, CONTESTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
