package org.harmledger.bench.extract;

/**
 * A FieldScore counts how one field fared over a gold set: true positives, false positives
 * (a value where none or another was expected), false negatives (a value missed or wrong), and
 * exact matches among aligned and missed expected assertions (both empty counts as exact).
 */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives, int exact, int total) {

  public FieldScore plus(FieldScore o) {
    return new FieldScore(field, truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives, exact + o.exact, total + o.total);
  }

  /** TP / (TP + FP); 1 when nothing was extracted. */
  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  /** TP / (TP + FN); 1 when nothing was expected. */
  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double exactMatch() {
    return total == 0 ? 1.0 : (double) exact / total;
  }
}
