package org.harmledger.bench.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ReportPairs scores a grouping of reports by pairs when a report may belong to several groups
 * (one article telling of two strikes): a pair is together when some group holds both.
 * Precision is the share of pairs put together that belong together, recall the share of pairs
 * that belong together that were put together; with no pair on a side that side scores 1.
 */
public final class ReportPairs {
  private ReportPairs() {}

  public static ClusterScore score(Collection<Set<String>> predicted, Collection<Set<String>> expected) {
    Set<String> found = pairs(predicted);
    Set<String> truth = pairs(expected);
    long agreed = found.stream().filter(truth::contains).count();
    return ClusterScore.of(found.isEmpty() ? 1 : (double) agreed / found.size(),
        truth.isEmpty() ? 1 : (double) agreed / truth.size());
  }

  /** Each pair as "a\u0001b" with a before b. */
  private static Set<String> pairs(Collection<Set<String>> groups) {
    Set<String> pairs = new HashSet<>();
    for (Set<String> g : groups) {
      List<String> sorted = g.stream().sorted().toList();
      for (int a = 0; a < sorted.size(); a++) {
        for (int b = a + 1; b < sorted.size(); b++) {
          pairs.add(sorted.get(a) + "\u0001" + sorted.get(b));
        }
      }
    }
    return pairs;
  }
}
