package org.harmledger.bench.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * PairwiseMetric scores a grouping by pairs of items: precision is the share of pairs put
 * together that belong together, recall the share of pairs that belong together that were put
 * together. Items are the gold items; with no pair on a side that side scores 1.
 */
public final class PairwiseMetric {
  private PairwiseMetric() {}

  public static ClusterScore score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> aligned = Groupings.aligned(predicted, gold);
    Map<String, Integer> both = new HashMap<>();
    gold.forEach((item, g) -> both.merge(aligned.get(item) + "\u0001" + g, 1, Integer::sum));
    long together = pairs(both);
    long predictedPairs = pairs(Groupings.sizes(aligned));
    long goldPairs = pairs(Groupings.sizes(gold));
    return ClusterScore.of(predictedPairs == 0 ? 1 : (double) together / predictedPairs,
        goldPairs == 0 ? 1 : (double) together / goldPairs);
  }

  private static long pairs(Map<String, Integer> sizes) {
    long sum = 0;
    for (int n : sizes.values()) {
      sum += (long) n * (n - 1) / 2;
    }
    return sum;
  }
}
