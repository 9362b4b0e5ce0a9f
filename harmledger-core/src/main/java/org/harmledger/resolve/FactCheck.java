package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A FactCheck is the verdict on one assertion of a checked report: the incident it was compared
 * with (null for no_match) and the reasons, one line each.
 */
public record FactCheck(String assertionId, Verdict verdict, String incidentId, List<String> reasons) {
  public FactCheck {
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(verdict, "verdict");
    reasons = List.copyOf(reasons);
  }
}
