package org.harmledger.gazetteer;

import java.util.Arrays;

/**
 * TextTokens are the word tokens of a text as character offsets, with whether each token may join
 * the next one in a multi-word name. A token is a run of letters, digits and combining marks, with
 * apostrophes allowed between letters ({@code Ma'arrat}); a trailing possessive {@code 's} is left
 * out. Two tokens may join when only spaces or one hyphen stand between them, so a name never runs
 * across punctuation or a line break.
 */
final class TextTokens {
  private final String text;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] joinsNext = new boolean[64];
  private boolean[] hyphenNext = new boolean[64];
  private int size;

  private TextTokens(String text) {
    this.text = text;
  }

  static TextTokens of(String text) {
    TextTokens tokens = new TextTokens(text);
    tokens.scan();
    return tokens;
  }

  private void scan() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i))
          || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > start))) {
        i++;
      }
      int end = i;
      if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's')
          && (end == n || !Character.isLetter(text.charAt(end)))) {
        end -= 2;
      }
      add(start, end);
    }
    for (int t = 0; t + 1 < size; t++) {
      int gapStart = ends[t];
      int gapEnd = starts[t + 1];
      int hyphens = 0;
      boolean joinable = gapEnd - gapStart <= 3;
      for (int c = gapStart; c < gapEnd && joinable; c++) {
        char ch = text.charAt(c);
        if (ch == '-' || ch == '\u2010' || ch == '\u2011') {
          hyphens++;
        } else if (ch != ' ' && ch != '\u00a0') {
          joinable = false;
        }
      }
      joinsNext[t] = joinable && hyphens <= 1;
      hyphenNext[t] = joinsNext[t] && hyphens == 1;
    }
  }

  private void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      joinsNext = Arrays.copyOf(joinsNext, size * 2);
      hyphenNext = Arrays.copyOf(hyphenNext, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
  }

  int size() {
    return size;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  String token(int token) {
    return text.substring(starts[token], ends[token]);
  }

  /** Whether this token and the next may be parts of one name. */
  boolean joinsNext(int token) {
    return token + 1 < size && joinsNext[token];
  }

  /** Whether a hyphen ties this token to the next, as in {@code al-Bab}. */
  boolean hyphenNext(int token) {
    return token + 1 < size && hyphenNext[token];
  }
}
