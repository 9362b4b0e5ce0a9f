package org.harmledger.resolve;

import java.util.Locale;

/**
 * A PairScore is how a grouping of reports compares with the expected one by pairs
 * ({@link ReportPairs}): the pairs it puts together, the pairs that belong together, and the pairs
 * on both sides. Precision and recall are 1 when their side holds no pair.
 */
public record PairScore(int found, int expected, int agreed) {
  public PairScore {
    if (found < 0 || expected < 0 || agreed < 0 || agreed > Math.min(found, expected)) {
      throw new IllegalArgumentException("expected 0 <= agreed <= found, expected but was agreed " + agreed
          + ", found " + found + ", expected " + expected);
    }
  }

  public double precision() {
    return found == 0 ? 1 : (double) agreed / found;
  }

  public double recall() {
    return expected == 0 ? 1 : (double) agreed / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The scores on one line: {@code pairwise  P 1.000  R 0.740  F1 0.851}. */
  public String describe() {
    return String.format(Locale.ROOT, "pairwise  P %.3f  R %.3f  F1 %.3f", precision(), recall(), f1());
  }
}
