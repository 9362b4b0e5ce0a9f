package org.harmledger.extract;

import java.util.Locale;

/** An Outcome is what happened to the people a casualty figure counts. */
public enum Outcome {
  KILLED, INJURED, MISSING;

  /** The field-name prefix used in evidence entries: {@code killed}, {@code injured}, {@code missing}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
