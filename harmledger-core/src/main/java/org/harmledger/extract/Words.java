package org.harmledger.extract;

import java.util.Arrays;
import java.util.Locale;
import org.harmledger.model.WordRuns;

/**
 * Words are the word tokens of a text: runs of letters, marks and digits (hyphens and apostrophes
 * split words, so "twenty-one" is two), with their offsets and lower-case forms. They are the
 * text's {@link WordRuns}, split at the rare spacing combining mark, so the report's characters are
 * classified once for these words, the gazetteer's tokens and the actor dictionary's words.
 * Stages use them to try their patterns only where a word could start a match, instead of at every
 * character. Immutable.
 */
public final class Words {
  private final WordRuns runs;
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;
  /** The first two characters of each lower-case word, so a Gate can turn most words away without reading them. */
  private final int[] heads;
  /** Whether each word is written in ASCII only, so that lower-casing it folds case exactly as a case-insensitive regex does. */
  private final boolean[] ascii;

  private Words(WordRuns runs, int[] starts, int[] ends, String[] lower) {
    this.runs = runs;
    this.starts = starts;
    this.ends = ends;
    this.lower = lower;
    this.heads = new int[lower.length];
    this.ascii = new boolean[lower.length];
    for (int w = 0; w < lower.length; w++) {
      heads[w] = head(lower[w]);
      ascii[w] = isAscii(runs.text(), starts[w], ends[w]);
    }
  }

  /** Whether the text holds only ASCII characters in [from, to). */
  static boolean isAscii(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  public static Words of(String text) {
    return of(WordRuns.of(text));
  }

  /** The words of the text these runs are in. */
  public static Words of(WordRuns runs) {
    String text = runs.text();
    int[] starts = new int[runs.size()];
    int[] ends = new int[runs.size()];
    int n = 0;
    for (int r = 0; r < runs.size(); r++) {
      // A spacing mark splits a run into several words (rare: Indic scripts), so the arrays may grow.
      int i = runs.start(r);
      while (i < runs.end(r)) {
        if (runs.hasSpacingMark(r) && isSpacingMark(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        i = runs.hasSpacingMark(r) ? nextSpacingMark(text, i, runs.end(r)) : runs.end(r);
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, Math.max(4, n * 2));
          ends = Arrays.copyOf(ends, starts.length);
        }
        starts[n] = start;
        ends[n] = i;
        n++;
      }
    }
    String[] lower = new String[n];
    for (int w = 0; w < n; w++) {
      lower[w] = text.substring(starts[w], ends[w]).toLowerCase(Locale.ROOT);
    }
    return new Words(runs, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), lower);
  }

  private static int nextSpacingMark(String text, int from, int to) {
    int i = from;
    while (i < to && !isSpacingMark(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpacingMark(char c) {
    return Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  /** The word runs these words were made from, for the gazetteer and the actor dictionary to read the same text. */
  public WordRuns runs() {
    return runs;
  }

  public int size() {
    return starts.length;
  }

  public int start(int word) {
    return starts[word];
  }

  public int end(int word) {
    return ends[word];
  }

  /** The first two characters of the word in lower case as one number: see {@link #head(String)}. */
  int head(int word) {
    return heads[word];
  }

  /** The first two characters of a non-empty word as one number, the second 0 for a one-character word. */
  static int head(String word) {
    return (word.charAt(0) << Character.SIZE) | (word.length() > 1 ? word.charAt(1) : 0);
  }

  /** The first character of a word, from its {@link #head(String)}. */
  static char firstOfHead(int head) {
    return (char) (head >>> Character.SIZE);
  }

  /** Whether the word is written in ASCII only. */
  boolean ascii(int word) {
    return ascii[word];
  }

  /** The word in lower case (Locale.ROOT). */
  public String lower(int word) {
    return lower[word];
  }

  /** The index of the first word starting at or after the offset ({@link #size()} when none). */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
