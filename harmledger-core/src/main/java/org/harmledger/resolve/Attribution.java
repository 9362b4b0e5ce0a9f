package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An Attribution is who an incident's sources say did it: the perpetrator named by the most
 * independent sources (ties to the alphabetically first id; null when none is named), its
 * status, and every party named with the number of independent sources naming it. Only event
 * assertions attribute; statements respond to an attribution.
 */
public record Attribution(String perpetrator, AttributionStatus status, Map<String, Integer> named) {
  public Attribution {
    Objects.requireNonNull(status, "status");
    // Sorted, so every rendering of the parties (grade reasons, JSON) is the same from run to run.
    named = Collections.unmodifiableMap(new TreeMap<>(named));
  }

  /** Builds the attribution from the root perpetrators the event assertions name, with their sources. */
  static Attribution of(List<SourcedAssertion> members, Map<String, Source> sources, Map<String, String> rootOf) {
    Map<String, Set<String>> sourcesByParty = new TreeMap<>();
    for (SourcedAssertion a : members) {
      String root = rootOf.get(a.assertionId());
      if (!a.assertion().isStatement() && root != null) {
        sourcesByParty.computeIfAbsent(root, k -> new TreeSet<>()).add(sources.get(a.assertionId()).corroborationKey());
      }
    }
    if (sourcesByParty.isEmpty()) {
      return new Attribution(null, AttributionStatus.UNKNOWN, Map.of());
    }
    Map<String, Integer> named = new TreeMap<>();
    sourcesByParty.forEach((party, keys) -> named.put(party, keys.size()));
    List<String> parties = new ArrayList<>(named.keySet());
    parties.sort(Comparator.comparing((String p) -> -named.get(p)).thenComparing(Comparator.naturalOrder()));
    AttributionStatus status = named.size() == 1 ? AttributionStatus.SINGLE : AttributionStatus.CONTESTED;
    return new Attribution(parties.get(0), status, named);
  }
}
