package org.harmledger.resolve;

import java.time.Instant;
import java.util.Objects;
import org.harmledger.model.CasualtyCategory;

/** OverrideFigure sets one casualty figure of an incident by hand ({@code high} null: open-ended). */
public record OverrideFigure(
    String incidentId, Outcome outcome, CasualtyCategory category, long low, long best, Long high, String actor,
    Instant at, String reason) implements CurationDecision {

  public OverrideFigure {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(category, "category");
    if (low < 0 || best < low || (high != null && high < best)) {
      throw new IllegalArgumentException("figure override needs 0 <= low <= best <= high, got " + low + ", " + best
          + ", " + high);
    }
    CurationDecision.validate(actor, at, reason);
  }

  @Override
  public String describe() {
    return at + " " + actor + " set " + outcome.code() + " " + category.code() + " of " + incidentId + " to " + low
        + "/" + best + "/" + (high == null ? "open" : high) + ": " + reason;
  }
}
