package org.harmledger.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A Report is one source document as received, addressed by the SHA-256 of its exact bytes.
 * The bytes themselves and the working text live in the evidence store; this is the record of them.
 * {@code republicationOf} names the report this one republishes (near-duplicate), or is null.
 */
public record Report(
    Sha256 id,
    String originalName,
    String mediaType,
    long byteSize,
    ReportMetadata metadata,
    Instant receivedAt,
    Sha256 republicationOf) {

  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
