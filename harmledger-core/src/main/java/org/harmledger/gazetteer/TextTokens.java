package org.harmledger.gazetteer;

import java.util.Arrays;
import org.harmledger.model.WordRuns;

/**
 * TextTokens are the word tokens of a text as character offsets, with whether each token may join
 * the next one in a multi-word name. A token is a run of letters, digits and combining marks, with
 * apostrophes allowed between letters ({@code Ma'arrat}); a trailing possessive {@code 's} is left
 * out. Two tokens may join when only spaces or one hyphen stand between them, so a name never runs
 * across punctuation or a line break. Built from the text's {@link WordRuns}, shared with the
 * other tokenizers of a report.
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
    return of(WordRuns.of(text));
  }

  /** The tokens of the text these runs are in: runs joined across inner apostrophes. */
  static TextTokens of(WordRuns runs) {
    TextTokens tokens = new TextTokens(runs.text());
    tokens.scan(runs);
    return tokens;
  }

  private void scan(WordRuns runs) {
    int n = text.length();
    int r = 0;
    while (r < runs.size()) {
      int start = runs.start(r);
      int end = runs.end(r);
      // An apostrophe between a run and a letter keeps the word whole: Ma'arrat.
      while (r + 1 < runs.size() && runs.start(r + 1) == end + 1 && isApostrophe(text.charAt(end))
          && Character.isLetter(text.charAt(end + 1))) {
        r++;
        end = runs.end(r);
      }
      r++;
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

  /** The token's first character, read without making the token's string. */
  char first(int token) {
    return text.charAt(starts[token]);
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
