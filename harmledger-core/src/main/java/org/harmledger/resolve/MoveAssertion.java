package org.harmledger.resolve;

import java.time.Instant;
import java.util.Objects;

/** MoveAssertion moves one assertion from whatever incident holds it into {@code toIncident}. */
public record MoveAssertion(String assertionId, String toIncident, String actor, Instant at, String reason)
    implements CurationDecision {

  public MoveAssertion {
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(toIncident, "toIncident");
    CurationDecision.validate(actor, at, reason);
  }

  @Override
  public String describe() {
    return at + " " + actor + " moved " + assertionId + " to " + toIncident + ": " + reason;
  }
}
