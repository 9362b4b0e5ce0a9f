package org.harmledger.resolve;

import java.util.Objects;

/** A DecisionOutcome says whether a curation decision could be applied in a resolution run, and if not, why. */
public record DecisionOutcome(CurationDecision decision, boolean applied, String note) {
  public DecisionOutcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(note, "note");
  }
}
