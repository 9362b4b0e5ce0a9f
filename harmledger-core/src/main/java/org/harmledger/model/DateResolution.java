package org.harmledger.model;

import java.util.Locale;

/** How a DateRef was resolved: written out, taken from the dateline, counted back from publication, or not at all. */
public enum DateResolution {
  EXPLICIT, DATELINE, RELATIVE, PUBLICATION, UNRESOLVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
