package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;

/**
 * The FigureEstimator computes an incident's casualty figures per outcome and category. Rule
 * {@value #RULE}: statements never contribute. Each independent source (see {@link Source})
 * counts with its latest figure, since tolls rise as bodies are recovered: latest by
 * publication date, then the higher count, then the assertion id. A later figure that only
 * widens an earlier one of the same source ("more than twenty" after "39") says less, not
 * something new, so the earlier, narrower figure stands (rule {@value #RULE_WIDER}). Partisan sources count only
 * when no non-partisan source gives the figure (rule {@value #RULE_PARTISAN}). Low is the lowest
 * of those figures' minimums; high is the highest maximum, open when any is open-ended; best is
 * the median of their point values (the lower bound of an open count, the midpoint of a range),
 * with an even number of sources taking the floor of the mean of the middle two. Thread-safe.
 */
public final class FigureEstimator {
  static final String RULE = "latest-per-independent-source";
  static final String RULE_PARTISAN = "latest-per-source-partisan-only";
  static final String RULE_WIDER = "figure.wider-later-keeps-earlier";

  private static final Comparator<SourceFigure> LATEST = Comparator
      .comparing(SourceFigure::published, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(f -> f.count().min())
      .thenComparing(SourceFigure::assertionId, Comparator.reverseOrder());

  /** Figures for every outcome and category any member reports, keyed in enum order. */
  public List<Figure> estimate(List<SourcedAssertion> members, Map<String, Source> sources) {
    List<Figure> figures = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      for (CasualtyCategory category : CasualtyCategory.values()) {
        List<SourceFigure> history = history(members, sources, outcome, category);
        if (!history.isEmpty()) {
          figures.add(estimate(outcome, category, history));
        }
      }
    }
    return figures;
  }

  private static List<SourceFigure> history(List<SourcedAssertion> members, Map<String, Source> sources,
      Outcome outcome, CasualtyCategory category) {
    List<SourceFigure> history = new ArrayList<>();
    for (SourcedAssertion a : members) {
      if (a.assertion().isStatement()) {
        continue;
      }
      Count c = outcome.of(a.assertion()).get(category);
      if (c != null) {
        Source s = sources.get(a.assertionId());
        history.add(new SourceFigure(s.key(), s.publisher().name(), a.assertionId(), a.report().published(), c,
            s.partisan()));
      }
    }
    history.sort(LATEST);
    return history;
  }

  /** Of two figures of one source, the one that stands: the later, unless it only widens the earlier. */
  private static SourceFigure standing(SourceFigure x, SourceFigure y) {
    SourceFigure earlier = LATEST.compare(x, y) <= 0 ? x : y;
    SourceFigure later = earlier == x ? y : x;
    return widens(later.count(), earlier.count()) ? earlier : later;
  }

  /** Whether {@code wide} holds every value of {@code narrow} and more. */
  private static boolean widens(Count wide, Count narrow) {
    boolean holds = wide.min() <= narrow.min()
        && (wide.max() == null || narrow.max() != null && wide.max() >= narrow.max());
    return holds && (wide.min() != narrow.min() || !Objects.equals(wide.max(), narrow.max()));
  }

  static Figure estimate(Outcome outcome, CasualtyCategory category, List<SourceFigure> history) {
    boolean anyNeutral = history.stream().anyMatch(f -> !f.partisan());
    Map<String, SourceFigure> latest = new TreeMap<>();
    for (SourceFigure f : history) {
      if (f.partisan() != anyNeutral) {
        latest.merge(f.sourceKey(), f, FigureEstimator::standing);
      }
    }
    List<SourceFigure> used = new ArrayList<>(latest.values());
    long low = used.stream().mapToLong(f -> f.count().min()).min().orElseThrow();
    Long high = used.stream().anyMatch(f -> f.count().max() == null) ? null
        : used.stream().mapToLong(f -> f.count().max()).max().orElseThrow();
    long[] points = used.stream().mapToLong(SourceFigure::point).sorted().toArray();
    int m = points.length / 2;
    long best = points.length % 2 == 1 ? points[m] : Math.floorDiv(points[m - 1] + points[m], 2);
    return new Figure(outcome, category, low, best, high, anyNeutral ? RULE : RULE_PARTISAN, used, history, null);
  }
}
