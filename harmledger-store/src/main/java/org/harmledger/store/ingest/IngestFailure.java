package org.harmledger.store.ingest;

import java.util.Objects;

/**
 * An IngestFailure is an input that was not (fully) ingested, with a one-line reason: one entry of
 * the summary's failure list, whether intake could not read the input or storing it failed.
 */
public record IngestFailure(String source, String reason) {
  public IngestFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    reason = reason.replaceAll("\\s+", " ").strip();
  }

  /** The line to show a user: {@code source: reason}. */
  public String message() {
    return source + ": " + reason;
  }
}
