package org.harmledger.store.query;

import java.util.Objects;

/**
 * A ReportSummary is one row of the report listing: the report's id (hex SHA-256), its metadata
 * as stored (dates and times as ISO text, absent values null) and the id of the report it
 * republishes, if any.
 */
public record ReportSummary(
    String id, String title, String publisher, String published, String language, String kind, String mediaType,
    String receivedAt, String republicationOf) {

  public ReportSummary {
    Objects.requireNonNull(id, "id");
  }
}
