package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * AutomaticMatching groups profiles (of assertions, or of the {@link ReportUnit}s that stand
 * for them) into incidents. Profiles are taken in a canonical
 * order that does not depend on input order: events before statements, then the most precise
 * date (explicit day first), then the most precise place, then the earliest day, then the
 * assertion id. Each profile joins the compatible incident whose founding profile scores highest
 * with it (ties to the earlier incident), or founds a new incident; a statement never founds
 * one: it joins the incident it is about or stays unattached (rule {@code statement.unattached}).
 * Statements come after every event, so every incident they could join exists. Last, an event
 * that is dated but not placed joins the one incident that agrees with it, if exactly one does
 * ({@link SoleCandidateRule}). An incident is compared by
 * its founding profile only, so a decision depends only on profiles compatible with the one
 * being placed: the grouping of a set is the union of the groupings of its connected components,
 * which is what makes incremental resolution equal to resolving all at once. Not thread-safe.
 */
final class AutomaticMatching {
  /**
   * The outcome: for each profile (by input position) its group's founder position and score;
   * the founder is -1 for an unattached statement.
   */
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
      } else if (p.isStatement()) {
        founderOf[i] = -1;
      } else {
        founderOf[i] = i;
        score[i] = 1.0;
        index.add(founders.size(), p);
        founders.add(i);
      }
    }
    placeUnplaced(profiles, founders, index, founderOf, score);
    return new Grouping(founderOf, score);
  }

  /**
   * Rule {@link SoleCandidateRule}: each unplaced event joins the one incident founded by a placed
   * unit that agrees with it, if there is exactly one. Unplaced profiles are never matchable, so
   * each founded its own incident above and none was chosen by another; every placed founder is
   * final here, so the order of this pass does not matter.
   */
  private static void placeUnplaced(List<MatchProfile> profiles, List<Integer> founders, BlockIndex index,
      int[] founderOf, double[] score) {
    for (int i = 0; i < profiles.size(); i++) {
      MatchProfile p = profiles.get(i);
      if (!p.unplacedEvent()) {
        continue;
      }
      Set<Integer> agreeing = new TreeSet<>();
      double[] best = {-1};
      index.placedAround(p, incident -> {
        double s = SoleCandidateRule.score(p, profiles.get(founders.get(incident)));
        if (s >= 0) {
          agreeing.add(founders.get(incident));
          best[0] = s;
        }
      });
      if (agreeing.size() == 1) {
        founderOf[i] = agreeing.iterator().next();
        score[i] = best[0];
      }
    }
  }

  /** Positions of the profiles in canonical order. */
  static int[] canonicalOrder(List<MatchProfile> profiles) {
    record Keyed(long rank, String id, int position) {}
    Keyed[] keyed = new Keyed[profiles.size()];
    for (int i = 0; i < keyed.length; i++) {
      MatchProfile p = profiles.get(i);
      keyed[i] = new Keyed(rank(p), p.id(), i);
    }
    Arrays.sort(keyed, Comparator.comparingLong(Keyed::rank).thenComparing(Keyed::id));
    int[] order = new int[keyed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = keyed[i].position();
    }
    return order;
  }

  /** Canonical order: by {@link #rank}, then by id. */
  static final Comparator<MatchProfile> CANONICAL =
      Comparator.comparingLong(AutomaticMatching::rank).thenComparing(MatchProfile::id);

  /**
   * The canonical rank packed in a long, most significant first: statement, not matchable,
   * date precision rank, place precision, first day of the window.
   */
  static long rank(MatchProfile p) {
    long statement = p.isStatement() ? 1 : 0;
    long unmatchable = p.matchable() ? 0 : 1;
    long place = p.place() == null ? 8 : p.place().precision();
    long day = (long) p.date().lo() - Integer.MIN_VALUE;
    return statement << 41 | unmatchable << 40 | (long) dateRank(p) << 36 | place << 32 | day;
  }

  static int dateRank(MatchProfile p) {
    DateWindow d = p.date();
    if (!d.matchable()) {
      return 9;
    }
    return d.width() == 1 ? d.slack() : d.width() <= 7 ? 2 : 3;
  }
}
