package org.harmledger.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gate is the set of words a pattern's match can start with, so the pattern is tried only at
 * those words: the first words of a phrase list, three-letter prefixes for phrases ending in
 * {@code *}, and optionally any word that starts with a digit. Immutable.
 */
final class Gate {
  private static final int PREFIX = 3;
  /** A word {@link #exact} can gate on: lower-case ASCII letters and digits only. */
  private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");

  private final Set<String> words;
  private final Set<String> prefixes;
  private final boolean digits;
  /** The prefixes coded as numbers (see {@link #code}), looked up without making substrings. */
  private final CodeSet prefixCodes;
  /** Whether the empty prefix is among them, so every word is admitted. */
  private final boolean everyWord;
  /** The first two characters of every word, so most words are turned away before any hashing. */
  private final StartFilter wordStarts;
  /** The same of every prefix, kept apart so a word sharing its start with a word only is not looked up as a prefix. */
  private final StartFilter prefixStarts;

  private Gate(Set<String> words, Set<String> prefixes, boolean digits) {
    this.words = new HashSet<>(words);
    this.prefixes = Set.copyOf(prefixes);
    this.digits = digits;
    this.prefixCodes = new CodeSet(prefixes.stream().filter(p -> !p.isEmpty()).mapToLong(p -> code(p, p.length())).toArray());
    this.everyWord = prefixes.contains("");
    this.wordStarts = new StartFilter(this.words, Set.of());
    this.prefixStarts = new StartFilter(Set.of(), this.prefixes);
  }

  /** The first {@code k} (at most {@value #PREFIX}) characters of a word as one number, with k in the top bits. */
  private static long code(String word, int k) {
    long c = k;
    for (int i = 0; i < k; i++) {
      c = (c << 16) | word.charAt(i);
    }
    return c;
  }

  /** The gate for these phrases (first words; a one-word {@code x*} phrase admits words starting with x). */
  static Gate of(Collection<String> phrases) {
    return new Gate(Set.of(), Set.of(), false).plus(phrases);
  }

  /**
   * The gate for these phrases that never turns away a region a match may lie in, as {@link #mayMatch}
   * needs. Each phrase is known by its longest word written in ASCII letters and digits (a rare word
   * turns more regions away than a first word such as "in" or "for"): a match holds that whole word,
   * or the start of it for a last word ending in {@code *}. When a phrase has no such word (lower-casing
   * could fold case otherwise than the regex does) or a {@code *} before its end, it admits every word.
   */
  static Gate exact(Collection<String> phrases) {
    Set<String> w = new HashSet<>();
    Set<String> p = new HashSet<>();
    for (String phrase : phrases) {
      String s = phrase.strip();
      int star = s.indexOf('*');
      if (s.isEmpty()) {
        continue;
      }
      if (star >= 0 && star < s.length() - 1) {
        return admittingEverything();
      }
      String[] tokens = s.replace("*", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+");
      String key = null;
      boolean prefix = false;
      for (int i = 0; i < tokens.length; i++) {
        boolean starred = star >= 0 && i == tokens.length - 1;
        if (ASCII_WORD.matcher(tokens[i]).matches() && (key == null || (prefix && !starred)
            || (!starred && tokens[i].length() > key.length()))) {
          key = tokens[i];
          prefix = starred;
        }
      }
      if (key == null) {
        return admittingEverything();
      }
      if (prefix) {
        p.add(prefixKey(key));
      } else {
        w.add(key);
      }
    }
    return new Gate(w, p, false);
  }

  /** The gate that admits every word: an empty prefix starts them all. */
  private static Gate admittingEverything() {
    return new Gate(Set.of(), Set.of(""), false);
  }

  /** A prefix as the gate keeps it: at most its first {@code PREFIX} characters. */
  private static String prefixKey(String stem) {
    return stem.length() > PREFIX ? stem.substring(0, PREFIX) : stem;
  }

  /**
   * The gate of the first words of these phrases, exact as {@link #exact} is: a one-word phrase
   * ending in {@code *} admits the words starting with its first letters, and a first word not
   * written in plain ASCII letters and digits, or a {@code *} before a phrase's end, admits every word.
   */
  static Gate firstWords(Collection<String> phrases) {
    Set<String> w = new HashSet<>();
    Set<String> p = new HashSet<>();
    for (String phrase : phrases) {
      String s = phrase.strip();
      int star = s.indexOf('*');
      if (s.isEmpty()) {
        continue;
      }
      String[] tokens = s.replace("*", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+", -1);
      if ((star >= 0 && star < s.length() - 1) || !ASCII_WORD.matcher(tokens[0]).matches()) {
        return admittingEverything();
      }
      if (star >= 0 && tokens.length == 1) {
        p.add(prefixKey(tokens[0]));
      } else {
        w.add(tokens[0]);
      }
    }
    return new Gate(w, p, false);
  }

  /** This gate also admitting the first words of these phrases. */
  Gate plus(Collection<String> phrases) {
    Set<String> w = new HashSet<>(words);
    Set<String> p = new HashSet<>(prefixes);
    for (String phrase : phrases) {
      String first = phrase.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}*]+", -1)[0];
      if (phrase.strip().startsWith("-") || phrase.strip().startsWith("'") || phrase.strip().startsWith("’")) {
        first = phrase.strip().substring(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}*]+", -1)[0];
      }
      if (first.endsWith("*") && !phrase.strip().contains(" ")) {
        String stem = first.substring(0, first.length() - 1);
        p.add(prefixKey(stem));
      } else if (!first.isEmpty()) {
        w.add(first.replace("*", ""));
      }
    }
    return new Gate(w, p, digits);
  }

  /** A gate admitting every word one of these gates admits. */
  static Gate union(Collection<Gate> gates) {
    Set<String> w = new HashSet<>();
    Set<String> p = new HashSet<>();
    boolean d = false;
    for (Gate g : gates) {
      w.addAll(g.words);
      p.addAll(g.prefixes);
      d |= g.digits;
    }
    return new Gate(w, p, d);
  }

  /** The indexes of the admitted words in [from, to), so several gates can share one pass. */
  int[] admitted(Words words, int from, int to) {
    int[] found = new int[8];
    int n = 0;
    for (int w = words.firstAtOrAfter(from); w < words.size() && words.start(w) < to; w++) {
      if (admits(words, w)) {
        if (n == found.length) {
          found = java.util.Arrays.copyOf(found, n * 2);
        }
        found[n++] = w;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /** Like {@link #scan}, but only at the given candidate words (as found by a wider gate). */
  void scan(Pattern pattern, String text, Words words, int[] candidates, Consumer<Matcher> onMatch) {
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    int next = 0;
    for (int w : candidates) {
      if (words.start(w) < next || !admits(words, w)) {
        continue;
      }
      m.region(words.start(w), text.length());
      if (m.lookingAt()) {
        onMatch.accept(m);
        next = Math.max(m.end(), words.start(w) + 1);
      }
    }
  }

  /**
   * Whether a match of the gated phrases may lie in [from, to), the region a matcher is given
   * (opaque bounds): whether some word there, cut at the region's bounds as the matcher sees it,
   * is admitted. A word with a character beyond ASCII is always admitted, since its case folding
   * is the regex engine's to judge; an inverted region (from after to) is admitted, so the matcher
   * rejects it as it would without the gate. Exact only for a gate made by {@link #exact}: when this says
   * no, the pattern finds nothing in the region, so the caller may skip it.
   */
  boolean mayMatch(String text, Words words, int from, int to) {
    if (from >= to) {
      // An inverted region is the matcher's to reject, as it would without the gate.
      return from > to;
    }
    if (everyWord) {
      return true;
    }
    int w = words.firstAtOrAfter(from);
    if (w > 0 && words.end(w - 1) > from && cutAdmits(text, from, Math.min(words.end(w - 1), to))) {
      return true;
    }
    for (; w < words.size() && words.start(w) < to; w++) {
      if (words.end(w) > to ? cutAdmits(text, words.start(w), to) : !words.ascii(w) || admits(words, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the part [from, to) of a word, as a region cutting it shows it, is admitted (always, when beyond ASCII). */
  boolean cutAdmits(String text, int from, int to) {
    if (!Words.isAscii(text, from, to)) {
      return true;
    }
    String lowerPart = text.substring(from, to).toLowerCase(Locale.ROOT);
    return admits(Words.head(lowerPart), lowerPart);
  }

  /** This gate also admitting words that start with a digit. */
  Gate withDigits() {
    return new Gate(words, prefixes, true);
  }

  /** Whether a match may start at this word of the text; most words are turned away by their first two letters alone. */
  boolean admits(Words words, int word) {
    return admits(words.head(word), words.lower(word));
  }

  private boolean admits(int head, String lowerWord) {
    if (everyWord || (digits && Character.isDigit(Words.firstOfHead(head)))) {
      return true;
    }
    if (wordStarts.mayAdmit(head) && words.contains(lowerWord)) {
      return true;
    }
    if (!prefixStarts.mayAdmit(head)) {
      return false;
    }
    // Prefixes are at most PREFIX characters long: look each length up rather than walk them all.
    for (int k = Math.min(PREFIX, lowerWord.length()); k > 0; k--) {
      if (prefixCodes.contains(code(lowerWord, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tries the pattern (anchored, seeing the text around) at each admitted word in [from, to) and
   * hands each match to the consumer; matches do not overlap.
   */
  void scan(Pattern pattern, String text, Words words, int from, int to, Consumer<Matcher> onMatch) {
    scan(pattern.matcher(text), words, from, to, onMatch);
  }

  /**
   * Like {@link #scan(Pattern, String, Words, int, int, Consumer)}, with a matcher on the words' text
   * that the caller keeps for many regions: making a matcher of a long alternation costs as much as
   * trying it.
   */
  void scan(Matcher m, Words words, int from, int to, Consumer<Matcher> onMatch) {
    m.useTransparentBounds(true);
    int next = from;
    for (int w = words.firstAtOrAfter(from); w < words.size() && words.start(w) < to; w++) {
      if (words.start(w) < next || !admits(words, w)) {
        continue;
      }
      m.region(words.start(w), to);
      if (m.lookingAt()) {
        onMatch.accept(m);
        next = Math.max(m.end(), words.start(w) + 1);
      }
    }
  }

  /** An open-addressing set of positive longs: one multiply and a probe or two per lookup, no boxing. */
  private static final class CodeSet {
    private final long[] slots;
    private final int mask;
    private final boolean empty;

    CodeSet(long[] codes) {
      int size = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
      this.slots = new long[size];
      this.mask = size - 1;
      this.empty = codes.length == 0;
      for (long c : codes) {
        int i = slot(c);
        while (slots[i] != 0 && slots[i] != c) {
          i = (i + 1) & mask;
        }
        slots[i] = c;
      }
    }

    private int slot(long code) {
      return (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    boolean contains(long code) {
      if (empty) {
        return false;
      }
      for (int i = slot(code); slots[i] != 0; i = (i + 1) & mask) {
        if (slots[i] == code) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A bit set over the first two characters of the admitted words and prefixes (one character for a
   * one-letter prefix), hashed into 1 KB: when a word's start is not in it, no admitted word or
   * prefix can match, so the exact lookups are skipped. It only ever turns away words the exact
   * check would turn away too.
   */
  private static final class StartFilter {
    private static final int LOG_BITS = 12;
    private static final int BITS = 1 << LOG_BITS;

    private final long[] pairs = new long[BITS / Long.SIZE];
    private final long[] singles = new long[BITS / Long.SIZE];

    StartFilter(Set<String> words, Set<String> prefixes) {
      for (String w : words) {
        if (!w.isEmpty()) {
          set(pairs, Words.head(w));
        }
      }
      for (String p : prefixes) {
        if (p.length() == 1) {
          set(singles, p.charAt(0));
        } else if (!p.isEmpty()) {
          set(pairs, Words.head(p));
        }
      }
    }

    private static void set(long[] bits, int key) {
      int i = index(key);
      bits[i >>> 6] |= 1L << i;
    }

    private static boolean get(long[] bits, int key) {
      int i = index(key);
      return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static int index(int key) {
      return (key * 0x9E3779B9) >>> (Integer.SIZE - LOG_BITS);
    }

    /** Whether a word with this {@link Words#head} may be admitted. */
    boolean mayAdmit(int head) {
      return get(pairs, head) || get(singles, Words.firstOfHead(head));
    }
  }
}
