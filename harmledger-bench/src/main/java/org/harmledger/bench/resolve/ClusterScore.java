package org.harmledger.bench.resolve;

/** A ClusterScore is the precision, recall and F1 of a grouping against a gold grouping, each in [0, 1]. */
public record ClusterScore(double precision, double recall, double f1) {
  public ClusterScore {
    if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
      throw new IllegalArgumentException("precision and recall must be in [0, 1], got " + precision + ", " + recall);
    }
  }

  static ClusterScore of(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClusterScore(precision, recall, f1);
  }
}
