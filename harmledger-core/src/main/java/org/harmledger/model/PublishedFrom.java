package org.harmledger.model;

import java.util.Locale;

/** How a report's publication date became known. */
public enum PublishedFrom {
  ARGUMENT, METADATA, DATELINE, UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
