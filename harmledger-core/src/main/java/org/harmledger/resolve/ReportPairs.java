package org.harmledger.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ReportPairs scores a grouping of reports into incidents against an expected grouping, by pairs
 * of reports, when a report may belong to several groups (one article telling of two strikes): a
 * pair is together when some group holds both. Precision is the share of pairs put together that
 * belong together, recall the share of pairs that belong together that were put together; with no
 * pair on a side, that side scores 1. The one scorer of report groupings: the examples' quality
 * benchmark and the CLI test both use it.
 */
public final class ReportPairs {
  private ReportPairs() {}

  public static PairScore score(Collection<Set<String>> predicted, Collection<Set<String>> expected) {
    Set<String> found = pairs(predicted);
    Set<String> truth = pairs(expected);
    int agreed = (int) found.stream().filter(truth::contains).count();
    return new PairScore(found.size(), truth.size(), agreed);
  }

  /** Each pair as "a\u0001b" with a before b; a separator no report id holds. */
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
