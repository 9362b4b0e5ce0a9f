package org.harmledger.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ResolutionUpdate is what taking new reports into a {@link ResolvedLedger} changes. Every
 * assertion in {@code placed} was placed again: its previous automatic incident or unattached
 * entry gives way to {@code automatic} and {@code unattached}. The incidents in {@code removed}
 * are gone or rebuilt, and {@code incidents} are the new or rebuilt ones (after curation).
 * {@code assertions} holds every assertion the update read: all of the new reports' and every
 * member of the incidents. {@code units} are the new reports' units to file for later runs, and
 * {@code decisions} what became of every decision.
 */
public record ResolutionUpdate(
    Set<String> placed,
    Map<String, List<Membership>> automatic,
    List<String> unattached,
    Set<String> removed,
    List<Incident> incidents,
    Map<String, SourcedAssertion> assertions,
    List<ReportUnit> units,
    List<DecisionOutcome> decisions) {

  public ResolutionUpdate {
    placed = Set.copyOf(placed);
    automatic = Map.copyOf(automatic);
    unattached = List.copyOf(unattached);
    removed = Set.copyOf(removed);
    incidents = List.copyOf(incidents);
    assertions = Map.copyOf(assertions);
    units = List.copyOf(units);
    decisions = List.copyOf(decisions);
  }
}
