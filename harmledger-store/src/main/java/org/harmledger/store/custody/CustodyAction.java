package org.harmledger.store.custody;

import java.util.Locale;

/**
 * A CustodyAction is what happened to a piece of evidence in one custody entry. Later features
 * add constants here (a code is stored, never the ordinal, so adding one changes no stored entry).
 */
public enum CustodyAction {
  RECEIVED, EXTRACTED, EDITED, EXPORTED, VERIFIED, RESOLVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
