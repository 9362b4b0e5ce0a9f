package org.harmledger.model;

import java.util.Locale;

/** How exactly a DateRef pins down when an event happened. */
public enum DatePrecision {
  DAY, SPAN, WEEK, MONTH, YEAR, UNRESOLVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
