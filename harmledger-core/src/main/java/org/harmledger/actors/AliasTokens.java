package org.harmledger.actors;

import java.util.Arrays;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.WordRuns;

/**
 * AliasTokens are the words of a text or an alias as the actor dictionary compares them. A word is
 * a run of letters, digits and combining marks, with apostrophes allowed between letters and
 * periods between single capitals ({@code U.S.} is the word {@code U.S}); a trailing possessive
 * {@code 's} is left out. Each word has a raw form, compared exactly when the alias word is an
 * acronym (all capitals: {@code US}, {@code SAA}, {@code IS}), and a folded form (lower case, no
 * diacritics, Arabic letter variants folded, see {@link PlaceNames#normaliseWord}). Two words may
 * belong to one alias when only spaces, one hyphen or dash, and quotation marks stand between them,
 * so {@code US-led “international coalition”} reads as four words of one alias. Built from the
 * text's {@link WordRuns}, shared with the other tokenizers of a report.
 */
final class AliasTokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] raw;
  private final String[] folded;

  private AliasTokens(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.raw = new String[starts.length];
    this.folded = new String[starts.length];
    for (int t = 0; t < starts.length; t++) {
      raw[t] = text.substring(starts[t], ends[t]);
    }
  }

  static AliasTokens of(String text) {
    return of(WordRuns.of(text));
  }

  /** The words of the text these runs are in: runs joined across inner apostrophes and abbreviation periods. */
  static AliasTokens of(WordRuns runs) {
    String text = runs.text();
    int[] starts = new int[runs.size()];
    int[] ends = new int[runs.size()];
    int n = 0;
    int r = 0;
    while (r < runs.size()) {
      int start = runs.start(r);
      int end = runs.end(r);
      while (r + 1 < runs.size() && runs.start(r + 1) == end + 1 && (innerApostrophe(text, end) || innerPeriod(text, end))) {
        r++;
        end = runs.end(r);
      }
      r++;
      if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && text.charAt(end - 1) == 's') {
        end -= 2;
      }
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    return new AliasTokens(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  /** Whether the gap between two words lets them join; an abbreviation such as U.S. may keep its last period. */
  private boolean joinable(int from, int to, boolean abbreviation) {
    int dashes = 0;
    if (from + 1 < to && isApostrophe(text.charAt(from)) && text.charAt(from + 1) == 's') {
      from += 2; // the possessive left out of the word before: "Iraq's Foreign Ministry" is one alias
    }
    if (abbreviation && from < to && text.charAt(from) == '.') {
      from++;
    }
    if (to - from > 4) {
      return false;
    }
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch == '-' || ch == '\u2010' || ch == '\u2011' || ch == '\u2013') {
        dashes++;
      } else if (ch != ' ' && ch != '\u00a0' && "\"“”«»‘’'".indexOf(ch) < 0) {
        return false;
      }
    }
    return dashes <= 1;
  }

  private static boolean innerApostrophe(String text, int i) {
    return isApostrophe(text.charAt(i)) && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  /** A period inside an abbreviation of single capitals, as in U.S. or U.N. */
  private static boolean innerPeriod(String text, int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))
        && (i < 2 || !Character.isLetter(text.charAt(i - 2)) || text.charAt(i - 2) == '.');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc';
  }

  int size() {
    return starts.length;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  String raw(int token) {
    return raw[token];
  }

  /** Whether the word starts with a letter that is not a capital, and so is no acronym ({@link #isAcronym}). */
  boolean cannotBeAcronym(int token) {
    char first = text.charAt(starts[token]);
    return Character.isLetter(first) && !Character.isUpperCase(first);
  }

  String folded(int token) {
    String f = folded[token];
    if (f == null) {
      f = PlaceNames.normaliseWord(raw[token]);
      folded[token] = f;
    }
    return f;
  }

  /** Whether this word and the next may belong to one alias; worked out when asked, as most words start none. */
  boolean joinsNext(int token) {
    return token + 1 < starts.length && joinable(ends[token], starts[token + 1], raw[token].indexOf('.') > 0);
  }

  /** Whether a word is an acronym that must match in capitals: two or more letters, all capitals. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
