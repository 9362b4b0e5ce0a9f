package org.harmledger.bench.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * BCubedMetric scores a grouping item by item (Bagga and Baldwin's B-cubed): an item's precision
 * is the share of its predicted cluster that shares its gold cluster, its recall the share of its
 * gold cluster that shares its predicted cluster; the scores are the means over the gold items.
 */
public final class BCubedMetric {
  private BCubedMetric() {}

  public static ClusterScore score(Map<String, String> predicted, Map<String, String> gold) {
    if (gold.isEmpty()) {
      return ClusterScore.of(1, 1);
    }
    Map<String, String> aligned = Groupings.aligned(predicted, gold);
    Map<String, Integer> predictedSizes = Groupings.sizes(aligned);
    Map<String, Integer> goldSizes = Groupings.sizes(gold);
    Map<String, Integer> both = new HashMap<>();
    gold.forEach((item, g) -> both.merge(aligned.get(item) + "\u0001" + g, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = aligned.get(e.getKey());
      double shared = both.get(p + "\u0001" + e.getValue());
      precision += shared / predictedSizes.get(p);
      recall += shared / goldSizes.get(e.getValue());
    }
    return ClusterScore.of(precision / gold.size(), recall / gold.size());
  }
}
