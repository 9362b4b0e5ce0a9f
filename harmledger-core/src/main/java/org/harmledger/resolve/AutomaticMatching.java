package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * AutomaticMatching groups assertion profiles into incidents. Profiles are taken in a canonical
 * order that does not depend on input order: events before statements, then the most precise
 * date (explicit day first), then the most precise place, then the earliest day, then the
 * assertion id. Each profile joins the compatible incident whose founding profile scores highest
 * with it (ties to the earlier incident), or founds a new incident. An incident is compared by
 * its founding profile only, so a decision depends only on profiles compatible with the one
 * being placed: the grouping of a set is the union of the groupings of its connected components,
 * which is what makes incremental resolution equal to resolving all at once. Not thread-safe.
 */
final class AutomaticMatching {
  /** The outcome: for each profile (by input position) its group's founder position and score. */
  record Grouping(int[] founderOf, double[] score) {}

  private final IncidentMatcher matcher;

  AutomaticMatching(IncidentMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  Grouping group(List<MatchProfile> profiles) {
    int n = profiles.size();
    int[] founderOf = new int[n];
    double[] score = new double[n];
    List<Integer> founders = new ArrayList<>();
    BlockIndex index = new BlockIndex();
    for (int i : canonicalOrder(profiles)) {
      MatchProfile p = profiles.get(i);
      int[] best = {-1};
      double[] bestScore = {-1};
      index.candidates(p, incident -> {
        double s = matcher.score(p, profiles.get(founders.get(incident)));
        if (s > bestScore[0] || (s == bestScore[0] && s >= 0 && incident < best[0])) {
          bestScore[0] = s;
          best[0] = incident;
        }
      });
      if (best[0] >= 0 && bestScore[0] >= 0) {
        founderOf[i] = founders.get(best[0]);
        score[i] = bestScore[0];
      } else {
        founderOf[i] = i;
        score[i] = 1.0;
        index.add(founders.size(), p);
        founders.add(i);
      }
    }
    return new Grouping(founderOf, score);
  }

  /** Positions of the profiles in canonical order. */
  static int[] canonicalOrder(List<MatchProfile> profiles) {
    Integer[] order = new Integer[profiles.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> profiles.get(i), CANONICAL));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  static final Comparator<MatchProfile> CANONICAL = Comparator
      .comparingInt((MatchProfile p) -> p.isStatement() ? 1 : 0)
      .thenComparingInt(p -> p.matchable() ? 0 : 1)
      .thenComparingInt(AutomaticMatching::dateRank)
      .thenComparingInt(p -> p.place() == null ? 8 : p.place().precision())
      .thenComparingInt(p -> p.date().lo())
      .thenComparing(MatchProfile::id);

  private static int dateRank(MatchProfile p) {
    DateWindow d = p.date();
    if (!d.matchable()) {
      return 9;
    }
    return d.width() == 1 ? d.slack() : d.width() <= 7 ? 2 : 3;
  }
}
