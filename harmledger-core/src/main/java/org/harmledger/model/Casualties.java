package org.harmledger.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Casualties are the counts for one outcome (killed, injured or missing) by category; absent categories were not reported. */
public record Casualties(Map<CasualtyCategory, Count> counts) {
  public Casualties {
    EnumMap<CasualtyCategory, Count> copy = new EnumMap<>(CasualtyCategory.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
  }

  public static Casualties none() {
    return new Casualties(Map.of());
  }

  public Count get(CasualtyCategory category) {
    return counts.get(category);
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  public Casualties with(CasualtyCategory category, Count count) {
    EnumMap<CasualtyCategory, Count> copy = new EnumMap<>(CasualtyCategory.class);
    copy.putAll(counts);
    copy.put(category, count);
    return new Casualties(copy);
  }
}
