package org.harmledger.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrases turns a word list into one regular expression that matches any of its phrases as whole
 * words, longest first. A trailing {@code *} matches any word ending ("airstrike*" matches
 * "airstrikes"); spaces match any run of white space.
 */
final class Phrases {
  private Phrases() {}

  /** A case-insensitive pattern matching any phrase as whole words. */
  static Pattern anyOf(Collection<String> phrases) {
    return Pattern.compile(alternation(phrases), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A case-sensitive pattern matching any phrase as whole words. */
  static Pattern anyOfExact(Collection<String> phrases) {
    return Pattern.compile(alternation(phrases));
  }

  /** The regex alternation for the phrases, wrapped in a non-capturing group with word boundaries. */
  static String alternation(Collection<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    boolean first = true;
    for (String phrase : sorted) {
      if (phrase.isBlank()) {
        continue;
      }
      if (!first) {
        sb.append('|');
      }
      first = false;
      sb.append(body(phrase.strip()));
    }
    if (first) {
      sb.append("(?!)");
    }
    return sb.append(")(?![\\p{L}\\p{N}])").toString();
  }

  private static String body(String phrase) {
    boolean wildcard = phrase.endsWith("*");
    String core = wildcard ? phrase.substring(0, phrase.length() - 1) : phrase;
    StringBuilder sb = new StringBuilder();
    String[] words = core.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append("\\s+");
      }
      sb.append(Pattern.quote(words[i]));
    }
    if (wildcard) {
      sb.append("[\\p{L}-]*");
    }
    return sb.toString();
  }
}
