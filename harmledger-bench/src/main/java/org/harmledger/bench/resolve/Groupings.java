package org.harmledger.bench.resolve;

import java.util.HashMap;
import java.util.Map;

/** Groupings are maps from item to cluster label; these helpers read them the same way for every metric. */
final class Groupings {
  private Groupings() {}

  /**
   * The predicted label of every gold item; an item the prediction lacks is a singleton of its
   * own, so missing items cost recall rather than vanishing from the score.
   */
  static Map<String, String> aligned(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> aligned = new HashMap<>();
    gold.keySet().forEach(item -> aligned.put(item, predicted.getOrDefault(item, "\u0000missing:" + item)));
    return aligned;
  }

  static Map<String, Integer> sizes(Map<String, String> labels) {
    Map<String, Integer> sizes = new HashMap<>();
    labels.values().forEach(l -> sizes.merge(l, 1, Integer::sum));
    return sizes;
  }
}
