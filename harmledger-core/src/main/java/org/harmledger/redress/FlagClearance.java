package org.harmledger.redress;

import java.time.Instant;

/** A FlagClearance is a person's decision that a flag does not block payment: which flag, who, when and why. */
public record FlagClearance(String flagId, String actor, Instant at, String reason) {
  public FlagClearance {
    Checks.nonBlank(flagId, "a flag id");
    Checks.accountable("a flag clearance", actor, at, reason);
  }
}
