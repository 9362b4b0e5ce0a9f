package org.harmledger.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * WordRuns are the maximal runs of word characters of one text (letters, digits and combining
 * marks, each {@code char} classified on its own), found in one pass over the text. They are the
 * tokenization the gazetteer's tokens, the actor dictionary's alias words and the extraction
 * stages' words are all built from: each joins or splits runs by its own rules (apostrophes,
 * abbreviation periods, spacing marks) in one pass over the runs, so a report's characters are
 * classified once however many stages read its words. Immutable.
 */
public final class WordRuns {
  private static final int ASCII = 128;
  /** Whether each ASCII character is a word character, so most characters cost one array read. */
  private static final boolean[] ASCII_WORD = asciiWordChars();

  private final String text;
  private final int[] starts;
  private final int[] ends;
  /** Whether each run holds a spacing combining mark (Unicode Mc), which some tokenizers split at. */
  private final boolean[] spacingMarks;

  private WordRuns(String text, int[] starts, int[] ends, boolean[] spacingMarks) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.spacingMarks = spacingMarks;
  }

  /** The word runs of a text. */
  public static WordRuns of(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int capacity = Math.max(4, n / 5);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] marks = new boolean[capacity];
    int size = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean mark = false;
      while (i < n) {
        char c = text.charAt(i);
        if (c < ASCII) {
          if (!ASCII_WORD[c]) {
            break;
          }
        } else if (!classify(c)) {
          break;
        } else if (Character.getType(c) == Character.COMBINING_SPACING_MARK) {
          mark = true;
        }
        i++;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        marks = Arrays.copyOf(marks, size * 2);
      }
      starts[size] = start;
      ends[size] = i;
      marks[size] = mark;
      size++;
    }
    return new WordRuns(text, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(marks, size));
  }

  /** Whether a character belongs to a word run: a letter, a digit, or a non-spacing or spacing combining mark. */
  private static boolean isWordChar(char c) {
    return c < ASCII ? ASCII_WORD[c] : classify(c);
  }

  private static boolean classify(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean[] asciiWordChars() {
    boolean[] word = new boolean[ASCII];
    for (char c = 0; c < ASCII; c++) {
      word[c] = classify(c);
    }
    return word;
  }

  /** The text the runs are in. */
  public String text() {
    return text;
  }

  public int size() {
    return starts.length;
  }

  public int start(int run) {
    return starts[run];
  }

  public int end(int run) {
    return ends[run];
  }

  /** Whether the run holds a spacing combining mark (Unicode Mc), as some Indic vowel signs are. */
  public boolean hasSpacingMark(int run) {
    return spacingMarks[run];
  }
}
