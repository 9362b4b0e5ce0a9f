package org.harmledger.model;

import java.util.Locale;

/** What sort of document a report is; drives how much weight its lead and dateline get. */
public enum ReportKind {
  NEWS, OFFICIAL_STATEMENT, NGO_REPORT, WITNESS_STATEMENT, OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code such as {@code official_statement}; unknown or blank text is {@link #OTHER}. */
  public static ReportKind fromCode(String code) {
    if (code == null || code.isBlank()) {
      return OTHER;
    }
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
  }
}
