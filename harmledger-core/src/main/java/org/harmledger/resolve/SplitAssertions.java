package org.harmledger.resolve;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * SplitAssertions takes the named assertions out of the incidents they are in and makes them a
 * new incident, whose id is {@link IncidentIds#ofSplit} of the first assertion id in sort order.
 */
public record SplitAssertions(List<String> assertionIds, String actor, Instant at, String reason)
    implements CurationDecision {

  public SplitAssertions {
    assertionIds = List.copyOf(assertionIds);
    if (assertionIds.isEmpty()) {
      throw new IllegalArgumentException("a split needs at least one assertion id");
    }
    assertionIds.forEach(id -> Objects.requireNonNull(id, "assertionId"));
    CurationDecision.validate(actor, at, reason);
  }

  /** The id of the incident the split creates. */
  public String newIncidentId() {
    return IncidentIds.ofSplit(assertionIds.stream().sorted().findFirst().orElseThrow());
  }

  @Override
  public String describe() {
    return at + " " + actor + " split " + assertionIds + " into " + newIncidentId() + ": " + reason;
  }
}
