package org.harmledger.extract;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GuardedPattern is a regular expression whose every match starts with one of a list of phrases,
 * guarded by the exact {@link Gate} of those phrases: a region holding none of their words is
 * turned away before the regex runs, which is most regions, since cue words are rare. When every
 * phrase starts with a letter or digit and the region's words are written in ASCII (signs such as
 * curly quotes and dashes may be anything), the regex is then tried only where a match can start,
 * at the words the phrases start with, instead of at every character.
 * Either way a region gives the very match the pattern alone gives there, provided the pattern looks
 * behind only where {@link Phrases#alternation} does (before a phrase). Immutable and thread-safe.
 */
final class GuardedPattern {
  /** What trying the word starts says when it is sure: a match, or none (else the offset a full search starts from). */
  private static final int FOUND = -1;
  private static final int NONE = -2;

  private final Pattern pattern;
  private final Gate gate;
  /** The gate of the phrases' first words, or null when a phrase starts with a sign, so a match may start off a word. */
  private final Gate starts;

  /** The pattern, each of whose matches starts with one of these phrases (as {@link Phrases#alternation} writes them). */
  GuardedPattern(Pattern pattern, Collection<String> phrases) {
    this.pattern = pattern;
    this.gate = Gate.exact(phrases);
    boolean wordsFirst = phrases.stream().map(String::strip)
        .allMatch(p -> p.isEmpty() || (p.charAt(0) < 128 && Character.isLetterOrDigit(p.charAt(0))));
    this.starts = wordsFirst ? Gate.firstWords(phrases) : null;
  }

  /**
   * A matcher on the first match in the region [from, to) of the text, as {@link Matcher#find()}
   * over that region (opaque, anchoring bounds) gives it, or null when there is none. Calling
   * {@code find()} on it goes on to the next match in the region.
   */
  Matcher find(String text, Words words, int from, int to) {
    if (!gate.mayMatch(text, words, from, to)) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    int searchFrom = from;
    if (starts != null) {
      int tried = tryWordStarts(m, text, words, from, to);
      if (tried == FOUND || tried == NONE) {
        return tried == FOUND ? m : null;
      }
      searchFrom = lastSignBefore(text, from, tried);
    }
    m.region(searchFrom, to);
    return m.find() ? m : null;
  }

  /**
   * Where a full search may start when no match starts in [from, unsure): at the last ASCII sign
   * (neither letter nor digit) before {@code unsure}, where no phrase can start and after which the
   * lookbehind sees what it sees in the whole region; else at {@code from}.
   */
  private static int lastSignBefore(String text, int from, int unsure) {
    for (int i = unsure - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c)) {
        return i;
      }
    }
    return from;
  }

  /**
   * Tries the pattern where a match can start, in order, so the first match is the one find gives:
   * at the region's start when it cuts a word (the matcher cannot see behind it) and at each word
   * start, where the lookbehind before a phrase's first word passes when the character before is
   * ASCII. A word beyond ASCII (a combining mark lets a match start inside it, and case folding
   * is the regex engine's) or a character beyond ASCII before an admitted word is where it stops
   * being sure: it then gives that offset, no match starting before it.
   */
  private int tryWordStarts(Matcher m, String text, Words words, int from, int to) {
    int w = words.firstAtOrAfter(from);
    if (w > 0 && words.end(w - 1) > from) {
      if (!words.ascii(w - 1)) {
        return from;
      }
      if (starts.cutAdmits(text, from, Math.min(words.end(w - 1), to)) && m.region(from, to).lookingAt()) {
        return FOUND;
      }
    }
    for (; w < words.size() && words.start(w) < to; w++) {
      if (!words.ascii(w)) {
        return words.start(w);
      }
      int at = words.start(w);
      boolean admitted = words.end(w) > to ? starts.cutAdmits(text, at, to) : starts.admits(words, w);
      if (!admitted) {
        continue;
      }
      if (at > from && text.charAt(at - 1) >= 128) {
        return at;
      }
      if (m.region(at, to).lookingAt()) {
        return FOUND;
      }
    }
    return NONE;
  }

  /** Whether the pattern finds a match in the region [from, to) of the text. */
  boolean finds(String text, Words words, int from, int to) {
    return find(text, words, from, to) != null;
  }
}
