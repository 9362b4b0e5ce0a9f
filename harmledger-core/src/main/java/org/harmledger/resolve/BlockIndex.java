package org.harmledger.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A BlockIndex finds the items (incidents or assertions, by ordinal) that may match a profile
 * without comparing against all of them: items are filed under their blocking area and every day
 * of their date window, and a query reads the days of its window widened by the largest date
 * slack. An item whose place has a first-order admin area is filed under that area and under
 * its country's catch-all; one without is filed under its country's "no admin area" block and the
 * catch-all. A query with an admin area reads that area and the "no admin area" block; a query
 * without one reads the catch-all. Unplaced events (rule {@code incident.sole-candidate}) are
 * filed apart, by country, and found from either side: the matchable items they may be about,
 * and the unplaced items a matchable one may concern. Each item is reported once per query.
 * Not thread-safe.
 */
final class BlockIndex {
  static final int MAX_SLACK = 1;
  /** The prefix of the areas unplaced events are filed under, by country ("?" when unknown). */
  private static final String UNPLACED = "~";

  private final Map<String, Integer> areaIds = new HashMap<>();
  private final Map<Long, int[]> blocks = new HashMap<>();
  private int[] seenAt = new int[1024];
  private int query;

  void add(int item, MatchProfile p) {
    if (!p.matchable()) {
      return;
    }
    int own = areaId(p.area());
    int all = areaId(p.country() + "|*");
    for (int day = p.date().lo(); day <= p.date().hi(); day++) {
      put(key(own, day), item);
      put(key(all, day), item);
    }
  }

  /**
   * Files an unplaced event ({@link MatchProfile#unplacedEvent}) under its country's, or the
   * unknown country's, unplaced block for every day of its window; ignores any other profile.
   */
  void addUnplaced(int item, MatchProfile p) {
    if (!p.unplacedEvent()) {
      return;
    }
    int own = areaId(UNPLACED + p.country());
    for (int day = p.date().lo(); day <= p.date().hi(); day++) {
      put(key(own, day), item);
    }
  }

  /**
   * Calls {@code action} once for each matchable item an unplaced profile may be about: those of
   * its country, or of every country when it gives none, whose window meets its own widened by the slack.
   */
  void placedAround(MatchProfile unplaced, IntConsumer action) {
    if (!unplaced.unplacedEvent()) {
      return;
    }
    query++;
    if (!"?".equals(unplaced.country())) {
      scan(unplaced.country() + "|*", unplaced, action);
      return;
    }
    List<String> everywhere = areaIds.keySet().stream().filter(a -> a.endsWith("|*")).sorted().toList();
    everywhere.forEach(area -> scan(area, unplaced, action));
  }

  /** Calls {@code action} once for each unplaced item of the profile's country or of none whose window meets its own. */
  void unplacedNear(MatchProfile placed, IntConsumer action) {
    if (!placed.matchable()) {
      return;
    }
    query++;
    scan(UNPLACED + placed.country(), placed, action);
    scan(UNPLACED + "?", placed, action);
  }

  /** Calls {@code action} once for each item filed in a block the profile can match. */
  void candidates(MatchProfile p, IntConsumer action) {
    if (!p.matchable()) {
      return;
    }
    query++;
    if (p.admin1().isEmpty()) {
      scan(p.country() + "|*", p, action);
    } else {
      scan(p.area(), p, action);
      scan(p.country() + "|", p, action);
    }
  }

  private void scan(String area, MatchProfile p, IntConsumer action) {
    Integer id = areaIds.get(area);
    if (id == null) {
      return;
    }
    for (int day = p.date().lo() - MAX_SLACK; day <= p.date().hi() + MAX_SLACK; day++) {
      int[] list = blocks.get(key(id, day));
      if (list == null) {
        continue;
      }
      for (int i = 1; i <= list[0]; i++) {
        int item = list[i];
        if (item >= seenAt.length) {
          seenAt = Arrays.copyOf(seenAt, Math.max(item + 1, seenAt.length * 2));
        }
        if (seenAt[item] != query) {
          seenAt[item] = query;
          action.accept(item);
        }
      }
    }
  }

  private int areaId(String area) {
    return areaIds.computeIfAbsent(area, a -> areaIds.size());
  }

  /**
   * The block key: area and day (wrapping every 358 years, which can only add candidates, never
   * lose one, since every candidate is scored), multiplied by an odd constant so that
   * {@code Long.hashCode} spreads neighbouring blocks over the table; the product is a bijection.
   */
  private static long key(int area, int day) {
    return ((long) area * 131_072L + (day & 0x1FFFF)) * 0x9E3779B97F4A7C15L;
  }

  /** Lists are stored as [size, items...] and grow by doubling. */
  private void put(long key, int item) {
    int[] list = blocks.get(key);
    if (list == null) {
      list = new int[4];
      blocks.put(key, list);
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      blocks.put(key, list);
    }
    list[++list[0]] = item;
  }
}
