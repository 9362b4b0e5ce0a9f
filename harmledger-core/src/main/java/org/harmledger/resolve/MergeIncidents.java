package org.harmledger.resolve;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** MergeIncidents folds the incidents {@code merged} into {@code into}: they were one event. */
public record MergeIncidents(String into, List<String> merged, String actor, Instant at, String reason)
    implements CurationDecision {

  public MergeIncidents {
    Objects.requireNonNull(into, "into");
    merged = List.copyOf(merged);
    if (merged.isEmpty() || merged.contains(into)) {
      throw new IllegalArgumentException("merge into " + into + " needs other incidents to merge, got " + merged);
    }
    CurationDecision.validate(actor, at, reason);
  }

  @Override
  public String describe() {
    return at + " " + actor + " merged " + merged + " into " + into + ": " + reason;
  }
}
