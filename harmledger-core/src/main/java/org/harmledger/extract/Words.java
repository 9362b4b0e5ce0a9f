package org.harmledger.extract;

import java.util.Locale;

/**
 * Words are the word tokens of a text, found in one pass: runs of letters, marks and digits
 * (hyphens and apostrophes split words, so "twenty-one" is two), with their offsets and lower-case
 * forms. Stages use them to try their patterns only where a word could start a match, instead of
 * at every character. Immutable.
 */
public final class Words {
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;

  private Words(int[] starts, int[] ends, String[] lower) {
    this.starts = starts;
    this.ends = ends;
    this.lower = lower;
  }

  public static Words of(String text) {
    int n = 0;
    int[] starts = new int[Math.max(4, text.length() / 5)];
    int[] ends = new int[starts.length];
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = i;
      n++;
    }
    String[] lower = new String[n];
    for (int w = 0; w < n; w++) {
      lower[w] = text.substring(starts[w], ends[w]).toLowerCase(Locale.ROOT);
    }
    return new Words(java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), lower);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
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
