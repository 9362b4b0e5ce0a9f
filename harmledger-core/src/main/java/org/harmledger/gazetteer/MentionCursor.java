package org.harmledger.gazetteer;

/**
 * A MentionCursor holds one text's tokens with their name keys and skeleton pieces, each worked
 * out at most once and only when asked for, so finding mentions costs little for the many tokens
 * that cannot start a place name. One per call; not thread-safe.
 */
final class MentionCursor {
  /** The first character of the Unicode Arabic block, below which no character is of the Arabic script. */
  private static final char ARABIC_BLOCK = '\u0600';

  private final TextTokens tokens;
  private final String[] keys;
  private final String[] skeletons;

  MentionCursor(TextTokens tokens) {
    this.tokens = tokens;
    this.keys = new String[tokens.size()];
    this.skeletons = new String[tokens.size()];
  }

  String key(int token) {
    String k = keys[token];
    if (k == null) {
      k = PlaceNames.tokenKey(tokens.token(token));
      keys[token] = k;
    }
    return k;
  }

  String skeleton(int token) {
    String s = skeletons[token];
    if (s == null) {
      String k = key(token);
      s = PlaceNames.isLatin(k) ? PlaceNames.tokenSkeleton(k) : "";
      skeletons[token] = s;
    }
    return s;
  }

  /**
   * The token where a name starting at {@code token} has its first word, or -1: the token itself
   * when it is capitalised or Arabic, the next one when this token is an article that belongs to
   * it ({@code al}/{@code el}, or any article tied by a hyphen).
   */
  int contentStart(int token) {
    String k = key(token);
    if (!PlaceNames.isArticle(k)) {
      return nameLike(token) ? token : -1;
    }
    boolean belongs = (k.equals("al") || k.equals("el") || tokens.hyphenNext(token)) && tokens.joinsNext(token);
    int next = token + 1;
    return belongs && !PlaceNames.isArticle(key(next)) && nameLike(next) ? next : -1;
  }

  /** The exact key of tokens {@code first..last}: their keys without articles, space-separated. */
  String joinedKey(int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int t = first; t <= last; t++) {
      String k = key(t);
      if (!k.isEmpty() && !PlaceNames.isArticle(k)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(k);
      }
    }
    return sb.toString();
  }

  /** The usable skeleton of tokens {@code first..last}, or "" when they are not all Latin or it is too short. */
  String joinedSkeleton(int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int t = first; t <= last; t++) {
      String k = key(t);
      if (!PlaceNames.isLatin(k)) {
        return "";
      }
      if (!PlaceNames.isArticle(k)) {
        sb.append(skeleton(t));
      }
    }
    return PlaceNames.usableSkeleton(sb);
  }

  /** Whether the token is an article or starts with a capital letter or is Arabic, and so may be inside a name. */
  boolean mayContinue(int token) {
    return PlaceNames.isArticle(key(token)) || nameLike(token);
  }

  private boolean nameLike(int token) {
    char c = tokens.first(token);
    // Every Arabic letter lies at or above the Arabic block, so Latin words skip the script lookup.
    return Character.isUpperCase(c) || (c >= ARABIC_BLOCK && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }
}
