package org.harmledger.store.ingest;

import java.util.List;

/**
 * An IngestSummary counts what an ingest did. {@code stored} counts new reports, republications
 * included ({@code republications} says how many of them were linked to an earlier report);
 * {@code duplicates} counts inputs whose exact bytes were already stored; every failure is listed
 * with its reason.
 */
public record IngestSummary(int stored, int duplicates, int republications, List<IngestFailure> failures) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  public int failed() {
    return failures.size();
  }

  /** The one-line summary, e.g. {@code stored 3, duplicates 1, republications 0, failed 0}. */
  public String line() {
    return "stored " + stored + ", duplicates " + duplicates + ", republications " + republications
        + ", failed " + failed();
  }
}
