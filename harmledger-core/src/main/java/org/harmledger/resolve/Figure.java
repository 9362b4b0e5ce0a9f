package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.CasualtyCategory;

/**
 * A Figure is an incident's casualty estimate for one outcome and category: low, best and high
 * ({@code high} null when open-ended), the rule that produced them, the figures it was computed
 * from (each source's latest), every figure reported (the toll over time, oldest first), and a
 * note (the reason for a curator's override; null for computed figures). The explanation in
 * words is derived on demand so a million incidents do not carry a million sentences.
 */
public record Figure(
    Outcome outcome, CasualtyCategory category, long low, long best, Long high, String rule,
    List<SourceFigure> used, List<SourceFigure> history, String note) {

  public Figure {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rule, "rule");
    used = List.copyOf(used);
    history = List.copyOf(history);
    if (low < 0 || best < low || (high != null && high < best)) {
      throw new IllegalArgumentException("expected 0 <= low <= best <= high but was " + low + ", " + best + ", " + high);
    }
  }

  /** True when a count [min, max] ({@code max} null: open) overlaps [low, high]. */
  public boolean admits(long min, Long max) {
    boolean belowHigh = high == null || min <= high;
    boolean aboveLow = max == null || max >= low;
    return belowHigh && aboveLow;
  }

  /** The figure and how it was reached, in words. */
  public String explanation() {
    String head = outcome.code() + " " + category.code() + ": low " + low + ", best " + best + ", high "
        + (high == null ? "open" : high);
    if (note != null) {
      return head + " set by rule " + rule + ": " + note;
    }
    boolean partisan = FigureEstimator.RULE_PARTISAN.equals(rule);
    return head + " by rule " + rule + " from the latest figure of each of " + used.size()
        + (partisan ? " partisan" : " independent") + " source(s) " + describe(used) + " (a later figure that only"
        + " widens an earlier one of its source does not replace it: " + FigureEstimator.RULE_WIDER + ")"
        + "; low is the lowest minimum, high the highest maximum (open if any source gives none),"
        + " best the median" + (partisan ? "; only partisan sources report this figure" : "");
  }

  private static String describe(List<SourceFigure> figures) {
    StringBuilder sb = new StringBuilder("[");
    for (SourceFigure f : figures) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(f.sourceKey()).append(' ').append(f.count().min());
      if (!f.count().isExact()) {
        sb.append(f.count().max() == null ? "+" : "-" + f.count().max());
      }
      sb.append(" (").append(f.published()).append(')');
    }
    return sb.append(']').toString();
  }
}
