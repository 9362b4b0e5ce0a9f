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
 * An Attribution is who an incident's sources say did it: the perpetrator it leads with (null
 * when none is named), its status, every party named with the number of independent sources
 * naming it ({@code named}, partisan sources of one bloc counting once), and how many of those are
 * not partisan ({@code nonPartisan}). Rule {@value #RULE}: the lead is the party named by the most
 * non-partisan sources, then by the most sources, then the alphabetically first id. A party's, or
 * its media's, claim that its enemy did the harm weighs less than a claim by no side, as a monitor
 * weighs them: when Baghdad blames ISIL and two independent outlets blame the coalition, the
 * coalition leads. The status stays contested either way: the claims still compete. Only event
 * assertions attribute; statements respond to an attribution.
 */
public record Attribution(String perpetrator, AttributionStatus status, Map<String, Integer> named,
    Map<String, Integer> nonPartisan) {
  /** The rule that picks the lead party. */
  public static final String RULE = "attribution.non-partisan-first";

  public Attribution {
    Objects.requireNonNull(status, "status");
    // Sorted, so every rendering of the parties (grade reasons, JSON) is the same from run to run.
    named = Collections.unmodifiableMap(new TreeMap<>(named));
    nonPartisan = Collections.unmodifiableMap(new TreeMap<>(nonPartisan));
  }

  /** An attribution whose sources are none of them partisan. */
  public Attribution(String perpetrator, AttributionStatus status, Map<String, Integer> named) {
    this(perpetrator, status, named, named);
  }

  /** Builds the attribution from the root perpetrators the event assertions name, with their sources. */
  static Attribution of(List<SourcedAssertion> members, Map<String, Source> sources, Map<String, String> rootOf) {
    Map<String, Set<String>> sourcesByParty = new TreeMap<>();
    Map<String, Set<String>> nonPartisanByParty = new TreeMap<>();
    for (SourcedAssertion a : members) {
      String root = rootOf.get(a.assertionId());
      if (!a.assertion().isStatement() && root != null) {
        Source s = sources.get(a.assertionId());
        sourcesByParty.computeIfAbsent(root, k -> new TreeSet<>()).add(s.corroborationKey());
        if (!s.partisan()) {
          nonPartisanByParty.computeIfAbsent(root, k -> new TreeSet<>()).add(s.corroborationKey());
        }
      }
    }
    if (sourcesByParty.isEmpty()) {
      return new Attribution(null, AttributionStatus.UNKNOWN, Map.of(), Map.of());
    }
    Map<String, Integer> named = new TreeMap<>();
    Map<String, Integer> nonPartisan = new TreeMap<>();
    sourcesByParty.forEach((party, keys) -> {
      named.put(party, keys.size());
      nonPartisan.put(party, nonPartisanByParty.getOrDefault(party, Set.of()).size());
    });
    List<String> parties = new ArrayList<>(named.keySet());
    parties.sort(Comparator.comparing((String p) -> -nonPartisan.get(p))
        .thenComparing(p -> -named.get(p))
        .thenComparing(Comparator.naturalOrder()));
    AttributionStatus status = named.size() == 1 ? AttributionStatus.SINGLE : AttributionStatus.CONTESTED;
    return new Attribution(parties.get(0), status, named, nonPartisan);
  }
}
