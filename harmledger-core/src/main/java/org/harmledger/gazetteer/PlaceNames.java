package org.harmledger.gazetteer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * PlaceNames turns a place name into the keys under which its transliteration variants meet: an
 * exact key, and a looser consonant skeleton.
 *
 * <p>The <b>exact key</b> is built token by token (tokens as in {@link TextTokens}, so hyphens and
 * spaces are alike):
 * <ol>
 *   <li>Unicode NFD, then every combining mark is dropped: Latin diacritics ({@code Ḩarastā} →
 *       {@code harasta}) and Arabic harakat, shadda and the hamza/madda that NFD splits off alef,
 *       waw and ya ({@code أ إ آ} → {@code ا}, {@code ؤ} → {@code و}, {@code ئ} → {@code ي}).
 *   <li>Lower case; apostrophes and ayn/hamza signs ({@code ' ’ ‘ ` ʿ ʾ}) are dropped, so
 *       {@code Ma'arrat} is {@code maarrat}.
 *   <li>Arabic letters fold: alef wasla to alef, ta marbuta to ha, alef maqsura to ya, Persian
 *       kaf/ya/heh to the Arabic ones; tatweel is dropped. A token's attached article {@code ال}
 *       is dropped.
 *   <li>A Latin token that is a transliterated Arabic article ({@code al el as ad ar az ash at an
 *       ath ez es en ...}, listed in the data file {@code articles.txt}) is dropped; a final {@code ah}/{@code eh} loses its {@code h} (ta marbuta), so
 *       {@code Ar Raqqah} and {@code al-Raqqa} share the key {@code raqqa}.
 * </ol>
 *
 * <p>The <b>skeleton</b> is for Latin names only: on the exact key, {@code kh→k}, {@code gh→g},
 * {@code q→k}, {@code c→k}, {@code sh} and {@code ch→x} (shin), {@code th→t}, {@code dh→d},
 * {@code ph→f}, {@code dj→j}; vowels are dropped, and {@code y} and {@code w} too unless they
 * start a token (they spell vowels in {@code ay}, {@code ei}, {@code aw}, {@code ou}); spaces go
 * and doubled letters collapse. {@code Baghouz Fouqani}, {@code Baghuz Fawqani} and
 * {@code al-Baghouz Foqani} all have the skeleton {@code bgzfkn}; {@code Deir Ezzor} and
 * {@code Dayr az Zawr} have {@code drzr}; {@code Khan Sheikhoun} and {@code Khan Shaykhun} have
 * {@code knxkn}; {@code Mhambal} and {@code Muhambal} have {@code mhmbl}. A skeleton shorter than {@link #MIN_SKELETON} consonants is too likely to meet an
 * unrelated word, so such names have none ({@link #skeleton} returns the empty string) and match
 * only by their exact key. Matches by skeleton rank below exact ones.
 */
public final class PlaceNames {
  /** The fewest consonants a skeleton must have to be used. */
  public static final int MIN_SKELETON = 4;
  /** The fewest words a name must have to be matched by its skeleton. */
  public static final int MIN_SKELETON_WORDS = 1;

  private static final Set<String> ARTICLES = readArticles();
  /** The longest article, so that the many longer words of a text skip the set lookup. */
  private static final int LONGEST_ARTICLE = ARTICLES.stream().mapToInt(String::length).max().orElse(0);
  private static final String ARABIC_ARTICLE = "\u0627\u0644";

  private PlaceNames() {}

  /** The exact matching key of a name (see the class documentation); empty for a name without letters. */
  public static String key(String name) {
    TextTokens tokens = TextTokens.of(name);
    StringBuilder key = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int t = 0; t < tokens.size(); t++) {
      String k = tokenKey(tokens.token(t));
      append(all, k);
      if (!isArticle(k)) {
        append(key, k);
      }
    }
    return key.length() > 0 ? key.toString() : all.toString();
  }

  /** The consonant skeleton of a Latin name, or "" when it has none that is safe to use. */
  public static String skeleton(String name) {
    TextTokens tokens = TextTokens.of(name);
    StringBuilder skeleton = new StringBuilder();
    int words = 0;
    for (int t = 0; t < tokens.size(); t++) {
      String k = tokenKey(tokens.token(t));
      if (!isLatin(k)) {
        return "";
      }
      if (!isArticle(k)) {
        skeleton.append(tokenSkeleton(k));
        words++;
      }
    }
    return words >= MIN_SKELETON_WORDS ? usableSkeleton(skeleton) : "";
  }

  /**
   * Whether two exact keys are spelt closely enough for a skeleton match to stand: their edit
   * distance, spaces aside, is at most a quarter of the longer one ({@code baghouz fouqani} and
   * {@code baghouz foqani} are; {@code aron xu} and {@code rankus}, which share a skeleton, are not),
   * and at most one letter when both are single words, whose skeletons meet surnames and English
   * words more often ({@code shirqat} and {@code sharqat} are; {@code palmer} and {@code palmyra},
   * {@code mahmoudi} and {@code mahmudiya} are not).
   */
  public static boolean closeSpelling(String key1, String key2) {
    String a = key1.replace(" ", "");
    String b = key2.replace(" ", "");
    boolean oneWord = key1.indexOf(' ') < 0 && key2.indexOf(' ') < 0;
    int limit = oneWord ? 1 : Math.max(1, Math.max(a.length(), b.length()) / 4);
    if (Math.abs(a.length() - b.length()) > limit) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= limit;
  }

  /**
   * The normalised form of one word: steps 1 to 3 of the exact key and the ta marbuta rule, without
   * dropping Latin articles. The actor dictionary reads Arabic and transliterated words this way too.
   */
  public static String normaliseWord(String word) {
    return tokenKey(word);
  }

  /** The normalised form of one token: steps 1 to 3 of the exact key, and the ta marbuta rule. */
  static String tokenKey(String token) {
    String ascii = asciiTokenKey(token);
    return ascii != null ? ascii : unicodeTokenKey(token);
  }

  /**
   * The key of an all-ASCII token, or null for any other: what {@link #unicodeTokenKey} gives,
   * without the normalisation and copying most tokens of English text do not need (NFD leaves ASCII
   * as it is, and it has no marks, Arabic letters or special letters).
   */
  static String asciiTokenKey(String token) {
    int n = token.length();
    boolean asIs = true;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      asIs &= c != '\'' && c != '`' && (c < 'A' || c > 'Z');
    }
    String k = token;
    if (!asIs) {
      StringBuilder out = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        char c = token.charAt(i);
        if (c != '\'' && c != '`') {
          out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
      }
      k = out.toString();
    }
    return withoutTaMarbuta(k);
  }

  /** The key of any token, by the steps of the class documentation. */
  static String unicodeTokenKey(String token) {
    String s = Normalizer.normalize(token, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '\'': case '\u2019': case '\u2018': case '`': case '\u00b4': case '\u02bc':
        case '\u02bf': case '\u02be': case '\u02bb': case '\u0640':
          break;
        case '\u0671': out.append('\u0627'); break;
        case '\u0629': case '\u06c0': case '\u06be': case '\u06c1': out.append('\u0647'); break;
        case '\u0649': case '\u06cc': out.append('\u064a'); break;
        case '\u06a9': out.append('\u0643'); break;
        case '\u0131': out.append('i'); break;
        case '\u0142': out.append('l'); break;
        case '\u0111': out.append('d'); break;
        case '\u00f8': out.append('o'); break;
        case '\u00e6': out.append("ae"); break;
        case '\u00df': out.append("ss"); break;
        default: out.append(Character.toLowerCase(c));
      }
    }
    String k = out.toString();
    if (k.startsWith(ARABIC_ARTICLE) && k.length() >= ARABIC_ARTICLE.length() + 2) {
      return k.substring(ARABIC_ARTICLE.length());
    }
    return withoutTaMarbuta(k);
  }

  /** A final {@code ah}/{@code eh} loses its {@code h} (ta marbuta), so Raqqah is raqqa. */
  private static String withoutTaMarbuta(String k) {
    int n = k.length();
    if (n >= 4 && k.charAt(n - 1) == 'h' && (k.charAt(n - 2) == 'a' || k.charAt(n - 2) == 'e')) {
      return k.substring(0, n - 1);
    }
    return k;
  }

  static boolean isArticle(String tokenKey) {
    return tokenKey.length() <= LONGEST_ARTICLE && ARTICLES.contains(tokenKey);
  }

  static boolean isLatin(String tokenKey) {
    for (int i = 0; i < tokenKey.length(); i++) {
      char c = tokenKey.charAt(i);
      if (c > 'z' || (c < 'a' && !Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /** The skeleton piece of one Latin token key, before doubled letters collapse. */
  static String tokenSkeleton(String tokenKey) {
    StringBuilder out = new StringBuilder(tokenKey.length());
    int n = tokenKey.length();
    for (int i = 0; i < n; i++) {
      char c = tokenKey.charAt(i);
      char next = i + 1 < n ? tokenKey.charAt(i + 1) : 0;
      if (next == 'h' && (c == 'k' || c == 'g' || c == 't' || c == 'd' || c == 'p' || c == 's' || c == 'c')) {
        out.append(c == 'k' ? 'k' : c == 'p' ? 'f' : c == 's' || c == 'c' ? 'x' : c);
        i++;
      } else if (c == 'd' && next == 'j') {
        out.append('j');
        i++;
      } else if (c == 'q' || c == 'c') {
        out.append('k');
      } else if (c == 'x') {
        out.append("ks");
      } else if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
        continue;
      } else if ((c == 'y' || c == 'w') && i > 0) {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Collapses doubled letters; returns the skeleton, or "" when it is shorter than {@link #MIN_SKELETON}. */
  static String usableSkeleton(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.length() >= MIN_SKELETON ? out.toString() : "";
  }

  private static Set<String> readArticles() {
    Set<String> articles = new HashSet<>();
    String name = "articles.txt";
    TsvLines.read(name, GazetteerBuilder.resource(name), (c, line) -> articles.add(c[0].strip()));
    return Set.copyOf(articles);
  }

  private static void append(StringBuilder sb, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(part);
  }
}
