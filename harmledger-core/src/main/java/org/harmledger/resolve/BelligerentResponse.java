package org.harmledger.resolve;

import java.util.Locale;

/** What the accused party said about an incident, from its statements: acknowledged, denied, or nothing assessed. */
public enum BelligerentResponse {
  ACKNOWLEDGED, DENIED, NOT_ASSESSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
