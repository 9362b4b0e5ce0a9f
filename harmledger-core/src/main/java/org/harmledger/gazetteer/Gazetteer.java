package org.harmledger.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/**
 * A Gazetteer is an immutable index of Places by every name they go by. Built once, shared by
 * all threads.
 */
public final class Gazetteer {
  private static final int MAX_NAME_TOKENS = 5;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+");

  private final List<Place> places;
  private final Map<String, List<Place>> byKey = new HashMap<>();

  public Gazetteer(Collection<Place> places) {
    this.places = List.copyOf(places);
    for (Place place : this.places) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(PlaceNames.key(place.name()));
      place.alternateNames().forEach(n -> keys.add(PlaceNames.key(n)));
      for (String key : keys) {
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }
      }
    }
  }

  /** The default gazetteer shipped with Harm Ledger (Syria and Iraq). */
  public static Gazetteer loadDefault() {
    throw new UnsupportedOperationException("the default gazetteer data is not built yet");
  }

  public List<Place> places() {
    return places;
  }

  /** Every place that goes by this name, in any transliteration the index knows. */
  public List<Place> lookup(String name) {
    return List.copyOf(byKey.getOrDefault(PlaceNames.key(name), List.of()));
  }

  /** Longest-first, non-overlapping mentions of known place names in the text, in text order. */
  public List<PlaceMention> findMentions(String text) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    List<PlaceMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int n = Math.min(MAX_NAME_TOKENS, tokens.size() - i); n >= 1 && matched == 0; n--) {
        int start = tokens.get(i)[0];
        int end = tokens.get(i + n - 1)[1];
        List<Place> found = byKey.get(PlaceNames.key(text.substring(start, end)));
        if (found != null) {
          mentions.add(new PlaceMention(new Span(start, end), text.substring(start, end), found));
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return mentions;
  }
}
