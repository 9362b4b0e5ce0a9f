package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /**
   * This resolution after an update: incidents it removed or rebuilt, and any holding an
   * assertion it placed again, give way to its incidents; the same for the automatic grouping
   * and the unattached statements; its assertions are added and its decision outcomes replace
   * these. Meant for checks and small ledgers: it copies everything.
   */
  public Resolution with(ResolutionUpdate update) {
    Map<String, Incident> byId = new TreeMap<>();
    incidents.forEach(i -> byId.put(i.id(), i));
    update.removed().forEach(byId::remove);
    byId.values().removeIf(i -> i.assertionIds().stream().anyMatch(update.placed()::contains));
    update.incidents().forEach(i -> byId.put(i.id(), i));
    Map<String, SourcedAssertion> all = new TreeMap<>();
    assertions.forEach(a -> all.put(a.assertionId(), a));
    all.putAll(update.assertions());
    Map<String, List<Membership>> grouping = new TreeMap<>(automatic);
    grouping.values().removeIf(ms -> ms.stream().anyMatch(m -> update.placed().contains(m.assertionId())));
    update.automatic().forEach((id, members) -> {
      List<Membership> sorted = new ArrayList<>(members);
      sorted.sort(Comparator.comparing(Membership::assertionId));
      grouping.put(id, List.copyOf(sorted));
    });
    Set<String> loose = new TreeSet<>(unattached);
    loose.removeAll(update.placed());
    loose.addAll(update.unattached());
    return new Resolution(new ArrayList<>(byId.values()), new ArrayList<>(all.values()), grouping,
        new ArrayList<>(loose), update.decisions());
  }

  public Optional<Incident> incident(String id) {
    return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The incident holding an assertion, if any. */
  public Optional<Incident> incidentOf(String assertionId) {
    return incidents.stream().filter(i -> i.assertionIds().contains(assertionId)).findFirst();
  }
}
