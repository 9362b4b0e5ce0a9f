package org.harmledger.redress;

import java.time.Instant;
import java.util.Objects;

/**
 * A ReviewStep is one move of a claim through review: from which status ({@code null} for the
 * submission) to which, by whom, in which role, when (given by the caller) and why.
 */
public record ReviewStep(ClaimStatus from, ClaimStatus to, String reviewer, ReviewerRole role, Instant at,
    String reason) {

  public ReviewStep {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(role, "role");
    Checks.accountable("a review step", reviewer, at, reason);
  }

  /** The step in one line, for a claim's history. */
  public String describe() {
    return at + " " + reviewer + " (" + role.code() + "): " + (from == null ? "" : from.code() + " -> ") + to.code()
        + ": " + reason;
  }
}
