package org.harmledger.store.query;

import java.util.Objects;

/**
 * A ListedAssertion is one stored assertion as listings show it: the report it was extracted
 * from, its index among that report's assertions, and its JSON as stored (the extract contract's
 * shape). Its id is {@code <report sha>:<index>}.
 */
public record ListedAssertion(String reportId, int index, String json) {
  public ListedAssertion {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(json, "json");
  }

  public String id() {
    return reportId + ":" + index;
  }
}
