package org.harmledger.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Resolution is the outcome of one resolution run: the incidents by id order, every assertion
 * resolved (by id order), the automatic grouping before curation (incident id to memberships;
 * kept so new assertions can be resolved incrementally), the statements that answer no recorded
 * incident (assertion ids in id order; rule {@code statement.unattached}), and what became of
 * each curation decision.
 */
public record Resolution(
    List<Incident> incidents,
    List<SourcedAssertion> assertions,
    Map<String, List<Membership>> automatic,
    List<String> unattached,
    List<DecisionOutcome> decisions) {

  public Resolution {
    incidents = List.copyOf(incidents);
    assertions = List.copyOf(assertions);
    automatic = Map.copyOf(automatic);
    unattached = List.copyOf(unattached);
    decisions = List.copyOf(decisions);
  }

  public static Resolution empty() {
    return new Resolution(List.of(), List.of(), Map.of(), List.of(), List.of());
  }

  public Optional<Incident> incident(String id) {
    return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The incident holding an assertion, if any. */
  public Optional<Incident> incidentOf(String assertionId) {
    return incidents.stream().filter(i -> i.assertionIds().contains(assertionId)).findFirst();
  }
}
