package org.harmledger.bench.resolve;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * GradeAccuracy is how many items received their expected grade, out of all items with an
 * expected grade, with each miss as {@code expected -> predicted} by item ("none" when the item
 * got no grade), so a benchmark log shows where grades go wrong.
 */
public record GradeAccuracy(int correct, int total, Map<String, String> misses) {
  public GradeAccuracy {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException("expected 0 <= correct <= total but was " + correct + " of " + total);
    }
    misses = Collections.unmodifiableMap(new TreeMap<>(misses));
    if (misses.size() != total - correct) {
      throw new IllegalArgumentException("expected " + (total - correct) + " misses but got " + misses.size());
    }
  }

  /** Compares predicted grades with expected ones by item; an item without a prediction counts as wrong. */
  public static GradeAccuracy of(Map<String, String> predicted, Map<String, String> expected) {
    int correct = 0;
    Map<String, String> misses = new TreeMap<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String got = predicted.get(e.getKey());
      if (Objects.equals(got, e.getValue())) {
        correct++;
      } else {
        misses.put(e.getKey(), e.getValue() + " -> " + (got == null ? "none" : got));
      }
    }
    return new GradeAccuracy(correct, expected.size(), misses);
  }

  public double accuracy() {
    return total == 0 ? 1 : (double) correct / total;
  }

  /** How often each {@code expected -> predicted} miss occurs. */
  public Map<String, Integer> confusion() {
    Map<String, Integer> counts = new TreeMap<>();
    misses.values().forEach(m -> counts.merge(m, 1, Integer::sum));
    return counts;
  }
}
