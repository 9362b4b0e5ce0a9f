package org.harmledger.actors;

import java.util.ArrayList;
import java.util.List;
import org.harmledger.gazetteer.PlaceNames;

/**
 * AliasTokens are the words of a text or an alias as the actor dictionary compares them. A word is
 * a run of letters, digits and combining marks, with apostrophes allowed between letters and
 * periods between single capitals ({@code U.S.} is the word {@code U.S}); a trailing possessive
 * {@code 's} is left out. Each word has a raw form, compared exactly when the alias word is an
 * acronym (all capitals: {@code US}, {@code SAA}, {@code IS}), and a folded form (lower case, no
 * diacritics, Arabic letter variants folded, see {@link PlaceNames#normaliseWord}). Two words may
 * belong to one alias when only spaces, one hyphen or dash, and quotation marks stand between them,
 * so {@code US-led “international coalition”} reads as four words of one alias.
 */
final class AliasTokens {
  private final List<int[]> spans = new ArrayList<>();
  private final List<String> raw = new ArrayList<>();
  private final List<Boolean> joinsNext = new ArrayList<>();
  private final String text;
  private String[] folded;

  private AliasTokens(String text) {
    this.text = text;
  }

  static AliasTokens of(String text) {
    AliasTokens tokens = new AliasTokens(text);
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
      while (i < n && (isWordChar(text.charAt(i)) || innerApostrophe(i) || innerPeriod(i))) {
        i++;
      }
      int end = i;
      if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && text.charAt(end - 1) == 's') {
        end -= 2;
      }
      spans.add(new int[] {start, end});
      raw.add(text.substring(start, end));
    }
    for (int t = 0; t < spans.size(); t++) {
      joinsNext.add(t + 1 < spans.size() && joinable(spans.get(t)[1], spans.get(t + 1)[0], raw.get(t).indexOf('.') > 0));
    }
    folded = new String[spans.size()];
  }

  /** Whether the gap between two words lets them join; an abbreviation such as U.S. may keep its last period. */
  private boolean joinable(int from, int to, boolean abbreviation) {
    int dashes = 0;
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

  private boolean innerApostrophe(int i) {
    return isApostrophe(text.charAt(i)) && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  /** A period inside an abbreviation of single capitals, as in U.S. or U.N. */
  private boolean innerPeriod(int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))
        && (i < 2 || !Character.isLetter(text.charAt(i - 2)) || text.charAt(i - 2) == '.');
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc';
  }

  int size() {
    return spans.size();
  }

  int start(int token) {
    return spans.get(token)[0];
  }

  int end(int token) {
    return spans.get(token)[1];
  }

  String raw(int token) {
    return raw.get(token);
  }

  String folded(int token) {
    String f = folded[token];
    if (f == null) {
      f = PlaceNames.normaliseWord(raw.get(token));
      folded[token] = f;
    }
    return f;
  }

  boolean joinsNext(int token) {
    return joinsNext.get(token);
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
