package org.harmledger.store.duplicate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A MinHasher turns a report's working text into a {@link MinHashSignature}, whose agreement with
 * another signature estimates the Jaccard similarity of the two texts' word shingles.
 *
 * <p>Parameters, chosen for news reports of a few hundred words:
 * <ul>
 *   <li>Normalisation: Unicode NFKC, lower case, words are runs of letters and digits (so
 *       punctuation, quotes and spacing do not matter; Arabic words count as words).</li>
 *   <li>Shingles: {@value #SHINGLE_WORDS} consecutive words. A changed word touches at most five
 *       shingles, so a few edits keep a republication above the threshold, while two reports that
 *       merely share names, places and figures share few five-word runs.</li>
 *   <li>{@value #HASHES} hash functions, split into {@value #BANDS} LSH bands of {@value #ROWS}
 *       rows. Two texts become candidates when one band agrees entirely: probability
 *       1 - (1 - J^4)^32, about 0.99 at J = 0.6 and 0.23 at J = 0.3.</li>
 *   <li>Candidates count as near duplicates at an estimated Jaccard of at least
 *       {@value #THRESHOLD}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class MinHasher {
  public static final int SHINGLE_WORDS = 5;
  public static final int HASHES = 128;
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;
  public static final double THRESHOLD = 0.6;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final long[] multipliers = new long[HASHES];
  private final long[] increments = new long[HASHES];

  public MinHasher() {
    // Fixed parameters: signatures stored today must compare with signatures computed tomorrow.
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      multipliers[i] = mix(state) | 1;
      state += 0x9E3779B97F4A7C15L;
      increments[i] = mix(state);
    }
  }

  /** The signature of {@code text}, or empty when the text has no words to compare. */
  public Optional<MinHashSignature> sign(String text) {
    long[] shingles = shingles(words(text));
    if (shingles.length == 0) {
      return Optional.empty();
    }
    int[] minima = new int[HASHES];
    Arrays.fill(minima, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      // Shingle hashes are already well mixed, so each hash function is one multiply-add
      // (a universal family) whose high 32 bits are kept.
      for (int i = 0; i < HASHES; i++) {
        int h = (int) ((shingle * multipliers[i] + increments[i]) >>> 32);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    return Optional.of(new MinHashSignature(minima));
  }

  static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normal.length(); i++) {
      boolean inWord = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(normal.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Distinct shingle hashes; a text shorter than one shingle is a single shingle of all its words. */
  private static long[] shingles(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    long[] hashes = new long[count];
    for (int start = 0; start < count; start++) {
      long h = FNV_OFFSET;
      int end = Math.min(words.size(), start + SHINGLE_WORDS);
      for (int w = start; w < end; w++) {
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * FNV_PRIME;
        }
        h = (h ^ ' ') * FNV_PRIME;
      }
      hashes[start] = mix(h);
    }
    return Arrays.stream(hashes).distinct().toArray();
  }

  /** The splitmix64 finaliser: spreads every input bit over the whole output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
