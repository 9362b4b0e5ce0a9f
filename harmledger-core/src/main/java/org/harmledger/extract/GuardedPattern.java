package org.harmledger.extract;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GuardedPattern is a regular expression whose every match starts with one of a list of phrases,
 * guarded by the exact {@link Gate} of those phrases: a region holding none of their words is
 * turned away before the regex runs, which is most regions, since cue words are rare. In a region
 * written in ASCII, when every phrase starts with a letter or digit, the regex is then tried only
 * where a match can start, at the words the phrases start with, instead of at every character.
 * Either way a region gives the very match the pattern alone gives there. Immutable and thread-safe.
 */
final class GuardedPattern {
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
    if (starts == null || !Words.isAscii(text, from, to)) {
      m.region(from, to);
      return m.find() ? m : null;
    }
    // In ASCII a match starts where the lookbehind before its first word passes: at a word's start, or
    // at the region's start, which the matcher cannot see behind. Tried in order, the first is find's.
    int w = words.firstAtOrAfter(from);
    if (w > 0 && words.end(w - 1) > from && starts.cutAdmits(text, from, Math.min(words.end(w - 1), to))
        && m.region(from, to).lookingAt()) {
      return m;
    }
    for (; w < words.size() && words.start(w) < to; w++) {
      int at = words.start(w);
      boolean admitted = words.end(w) > to ? starts.cutAdmits(text, at, to) : starts.admits(words, w);
      if (admitted && m.region(at, to).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** Whether the pattern finds a match in the region [from, to) of the text. */
  boolean finds(String text, Words words, int from, int to) {
    return find(text, words, from, to) != null;
  }
}
