package org.harmledger.store.ingest;

import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * An IngestOutcome is what became of one input once its transaction committed. {@code report}
 * is the report's id when its evidence is stored (for a failed extraction too), else null;
 * {@code reason} is set only for a failure.
 */
public record IngestOutcome(String source, Kind kind, Sha256 report, String reason) {
  /** What an input turned out to be. */
  public enum Kind { STORED, REPUBLICATION, DUPLICATE, FAILED }

  public IngestOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.FAILED) != (reason != null)) {
      throw new IllegalArgumentException("a reason goes with a failure and only with one, not with " + kind);
    }
  }

  public static IngestOutcome of(String source, Kind kind, Sha256 report) {
    return new IngestOutcome(source, kind, report, null);
  }

  public static IngestOutcome failed(String source, Sha256 report, String reason) {
    return new IngestOutcome(source, Kind.FAILED, report, reason);
  }
}
