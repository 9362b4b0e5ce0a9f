package org.harmledger.bench.resolve;

import java.util.Map;
import java.util.Objects;

/** GradeAccuracy is how many items received their expected grade, out of all items with an expected grade. */
public record GradeAccuracy(int correct, int total) {
  public GradeAccuracy {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException("expected 0 <= correct <= total but was " + correct + " of " + total);
    }
  }

  /** Compares predicted grades with expected ones by item; an item without a prediction counts as wrong. */
  public static GradeAccuracy of(Map<String, String> predicted, Map<String, String> expected) {
    int correct = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (Objects.equals(predicted.get(e.getKey()), e.getValue())) {
        correct++;
      }
    }
    return new GradeAccuracy(correct, expected.size());
  }

  public double accuracy() {
    return total == 0 ? 1 : (double) correct / total;
  }
}
