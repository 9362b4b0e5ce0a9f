package org.harmledger.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmledger.model.Span;
import org.harmledger.model.WordRuns;

/**
 * A Gazetteer is an immutable index of Places by every name they go by, under the exact key and
 * the consonant skeleton of {@link PlaceNames}. Built once, shared by all threads.
 *
 * <p>Which names are indexed: a place's name and its alternate names written in Latin or Arabic
 * script, except all-lower-case Latin names (GeoNames' machine transliterations such as
 * {@code alrqt}), all-capital codes of up to four letters ({@code DEZ}) and names whose key has
 * fewer than three characters.
 *
 * <p>{@link #findMentions} walks the text's tokens once. A mention is made of words that begin
 * with a capital letter or are in Arabic script, with articles between them, optionally after an
 * article written {@code al}/{@code el} or tied by a hyphen ({@code as-Susah}); it is the longest run of up to
 * {@value #MAX_NAME_TOKENS} joinable tokens whose exact key is a known name, or failing that whose
 * skeleton is. A one-word mention whose key is a stop word ({@code Bab}, {@code Tal}, {@code Ain})
 * is not taken.
 */
public final class Gazetteer {
  static final int MAX_NAME_TOKENS = 6;
  private static final int MIN_KEY_LENGTH = 3;

  private final List<Place> places;
  private final Map<String, List<Place>> byKey;
  private final Map<String, List<Place>> bySkeleton;
  private final Map<String, Set<String>> skeletonSpellings = new HashMap<>();
  private final Set<String> firstKeys = new HashSet<>();
  private final Set<String> firstSkeletons = new HashSet<>();
  private final Set<String> stopKeys;
  private final Map<Long, Place> byId = new HashMap<>();
  private final int maxTokens;

  /** A gazetteer of these places with the stop words shipped with Harm Ledger. */
  public Gazetteer(Collection<Place> places) {
    this(places, DefaultStopWords.KEYS);
  }

  /** A gazetteer of these places; {@code stopKeys} are {@link PlaceNames#key keys} that never make a mention alone. */
  public Gazetteer(Collection<Place> places, Set<String> stopKeys) {
    this.places = List.copyOf(places);
    this.stopKeys = Set.copyOf(stopKeys);
    Map<String, Set<Place>> keys = new HashMap<>();
    Map<String, Set<Place>> skeletons = new HashMap<>();
    int longest = 1;
    for (Place place : this.places) {
      byId.put(place.geonamesId(), place);
      Set<String> names = new LinkedHashSet<>();
      names.add(place.name());
      names.addAll(place.alternateNames());
      for (String name : names) {
        if (indexable(name)) {
          longest = Math.max(longest, index(name, place, keys, skeletons));
        }
      }
    }
    this.byKey = sorted(keys);
    this.bySkeleton = sorted(skeletons);
    this.maxTokens = Math.min(MAX_NAME_TOKENS, longest);
  }

  /** The default gazetteer shipped with Harm Ledger (Syria and Iraq), loaded once and shared. */
  public static Gazetteer loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * A gazetteer of a user's GeoNames files: dump files ({@code SY.txt}, {@code cities500.txt}) and
   * admin code files ({@code admin1CodesASCII.txt}, {@code admin2Codes.txt}), with Harm Ledger's
   * common admin1 names and stop words.
   *
   * @throws GazetteerFormatException naming the file and line of a malformed line
   */
  public static Gazetteer load(Path... files) {
    GazetteerBuilder builder = GazetteerBuilder.common();
    for (Path file : files) {
      builder.addFile(file);
    }
    return builder.build();
  }

  public List<Place> places() {
    return places;
  }

  public Optional<Place> byId(long geonamesId) {
    return Optional.ofNullable(byId.get(geonamesId));
  }

  /** Every place that goes by this name, in any transliteration the index knows: exact matches first, by prior. */
  public List<Place> lookup(String name) {
    List<Place> exact = byKey.get(PlaceNames.key(name));
    if (exact != null) {
      return exact;
    }
    String skeleton = PlaceNames.skeleton(name);
    return skeleton.isEmpty() || !closeToIndexed(skeleton, PlaceNames.key(name))
        ? List.of() : bySkeleton.getOrDefault(skeleton, List.of());
  }

  /**
   * The governorate or province of this country (two-letter code; null for any) that goes by this
   * name, as in "Deir Ezzor countryside" or "Idleb governorate".
   */
  public Optional<Place> admin1(String country, String name) {
    return admin(country, name, true);
  }

  /** The district of this country (null for any) that goes by this name. */
  public Optional<Place> admin2(String country, String name) {
    return admin(country, name, false);
  }

  /** The districts that lie in the governorate or province of this country named {@code admin1Name}. */
  public List<Place> admin2In(String country, String admin1Name) {
    Optional<Place> admin1 = admin1(country, admin1Name);
    if (admin1.isEmpty()) {
      return List.of();
    }
    Place area = admin1.get();
    List<Place> districts = new ArrayList<>();
    for (Place p : places) {
      if (p.isAdmin2() && p.country().equals(area.country()) && Objects.equals(p.admin1Code(), area.admin1Code())) {
        districts.add(p);
      }
    }
    return districts;
  }

  /** Longest-first, non-overlapping mentions of known place names in the text, in text order. */
  public List<PlaceMention> findMentions(String text) {
    return findMentions(WordRuns.of(text));
  }

  /**
   * Longest-first, non-overlapping mentions of known place names in the text these word runs are
   * in, in text order: the same as {@link #findMentions(String)}, reading runs a caller already has.
   */
  public List<PlaceMention> findMentions(WordRuns runs) {
    String text = runs.text();
    TextTokens tokens = TextTokens.of(runs);
    MentionCursor cursor = new MentionCursor(tokens);
    List<PlaceMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int first = cursor.contentStart(i);
      int next = first < 0 ? -1 : match(text, tokens, cursor, i, first, mentions);
      i = next > i ? next : i + 1;
    }
    return mentions;
  }

  /** Tries a mention whose name begins at token {@code first} (the span at {@code start}); returns the token after it, or -1. */
  private int match(String text, TextTokens tokens, MentionCursor cursor, int start, int first, List<PlaceMention> mentions) {
    if (!firstKeys.contains(cursor.key(first)) && !firstSkeletons.contains(cursor.skeleton(first))) {
      return -1;
    }
    int last = first;
    while (last - first + 1 < maxTokens && tokens.joinsNext(last) && cursor.mayContinue(last + 1)) {
      last++;
    }
    for (int end = last; end >= first; end--) {
      if (PlaceNames.isArticle(cursor.key(end))) {
        continue;
      }
      String key = cursor.joinedKey(first, end);
      List<Place> found = byKey.get(key);
      boolean exact = found != null;
      if (!exact) {
        String skeleton = cursor.joinedSkeleton(first, end);
        found = skeleton.isEmpty() || !closeToIndexed(skeleton, key) ? null : bySkeleton.get(skeleton);
      }
      if (found != null && !(end == first && start == first && stopKeys.contains(key))) {
        Span span = new Span(tokens.start(start), tokens.end(end));
        mentions.add(new PlaceMention(span, span.coveredText(text), found, exact));
        return end + 1;
      }
    }
    return -1;
  }

  private boolean closeToIndexed(String skeleton, String key) {
    for (String spelling : skeletonSpellings.getOrDefault(skeleton, Set.of())) {
      if (PlaceNames.closeSpelling(spelling, key)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Place> admin(String country, String name, boolean level1) {
    String key = PlaceNames.key(name);
    for (List<Place> candidates : List.of(byKey.getOrDefault(key, List.of()), lookup(name))) {
      for (Place p : candidates) {
        if ((level1 ? p.isAdmin1() : p.isAdmin2()) && (country == null || country.equalsIgnoreCase(p.country()))) {
          return Optional.of(p);
        }
      }
    }
    for (Place p : places) {
      String own = level1 ? p.admin1() : p.admin2();
      if ((level1 ? p.isAdmin1() : p.isAdmin2()) && own != null && PlaceNames.key(own).equals(key)
          && (country == null || country.equalsIgnoreCase(p.country()))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private int index(String name, Place place, Map<String, Set<Place>> keys, Map<String, Set<Place>> skeletons) {
    TextTokens tokens = TextTokens.of(name);
    StringBuilder key = new StringBuilder();
    StringBuilder skeleton = new StringBuilder();
    boolean latin = true;
    String firstKey = null;
    String firstSkeleton = null;
    int count = 0;
    int words = 0;
    for (int t = 0; t < tokens.size(); t++) {
      String k = PlaceNames.tokenKey(tokens.token(t));
      if (k.isEmpty() || PlaceNames.isArticle(k)) {
        continue;
      }
      count = t + 1;
      words++;
      if (firstKey == null) {
        firstKey = k;
        firstSkeleton = PlaceNames.tokenSkeleton(k);
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(k);
      latin &= PlaceNames.isLatin(k);
      skeleton.append(PlaceNames.tokenSkeleton(k));
    }
    if (key.length() < MIN_KEY_LENGTH) {
      return 1;
    }
    keys.computeIfAbsent(key.toString(), x -> new LinkedHashSet<>()).add(place);
    firstKeys.add(firstKey);
    String usable = latin && words >= PlaceNames.MIN_SKELETON_WORDS ? PlaceNames.usableSkeleton(skeleton) : "";
    if (!usable.isEmpty()) {
      skeletons.computeIfAbsent(usable, x -> new LinkedHashSet<>()).add(place);
      skeletonSpellings.computeIfAbsent(usable, x -> new HashSet<>()).add(key.toString());
      firstSkeletons.add(firstSkeleton);
    }
    return count;
  }

  private static boolean indexable(String name) {
    boolean hasUpper = false;
    boolean hasLower = false;
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.ARABIC) {
        return false;
      }
      if (script == Character.UnicodeScript.LATIN) {
        hasUpper |= Character.isUpperCase(c);
        hasLower |= Character.isLowerCase(c);
      }
    }
    boolean machineTransliteration = hasLower && !hasUpper;
    boolean code = hasUpper && !hasLower && letters <= 4;
    return letters > 0 && !machineTransliteration && !code;
  }

  private static Map<String, List<Place>> sorted(Map<String, Set<Place>> index) {
    Map<String, List<Place>> out = new HashMap<>(index.size() * 2);
    for (Map.Entry<String, Set<Place>> e : index.entrySet()) {
      List<Place> list = new ArrayList<>(e.getValue());
      list.sort(PlacePrior.ORDER);
      out.put(e.getKey(), List.copyOf(list));
    }
    return out;
  }

  /** Holds the default gazetteer, built on first use. */
  private static final class DefaultHolder {
    static final Gazetteer INSTANCE = GazetteerBuilder.defaults().build();
  }

  /** Holds the stop words shipped with Harm Ledger, read on first use. */
  private static final class DefaultStopWords {
    static final Set<String> KEYS = GazetteerBuilder.common().stopKeys();
  }
}
