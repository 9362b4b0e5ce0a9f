package org.harmledger.extract;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GuardedPattern is a regular expression whose every match starts with one of a list of phrases,
 * guarded by the exact {@link Gate} of those phrases: a region holding none of their first words is
 * turned away before the regex runs, which is most regions, since cue words are rare. Finding in a
 * region gives the very match the pattern alone gives there. Immutable and thread-safe.
 */
final class GuardedPattern {
  private final Pattern pattern;
  private final Gate gate;

  /** The pattern, each of whose matches starts with one of these phrases (as {@link Phrases#alternation} writes them). */
  GuardedPattern(Pattern pattern, Collection<String> phrases) {
    this.pattern = pattern;
    this.gate = Gate.exact(phrases);
  }

  /**
   * A matcher on the first match in the region [from, to) of the text, as {@link Matcher#find()}
   * over that region (opaque, anchoring bounds) gives it, or null when there is none.
   */
  Matcher find(String text, Words words, int from, int to) {
    if (!gate.mayMatch(text, words, from, to)) {
      return null;
    }
    Matcher m = pattern.matcher(text).region(from, to);
    return m.find() ? m : null;
  }

  /** Whether the pattern finds a match in the region [from, to) of the text. */
  boolean finds(String text, Words words, int from, int to) {
    return find(text, words, from, to) != null;
  }
}
