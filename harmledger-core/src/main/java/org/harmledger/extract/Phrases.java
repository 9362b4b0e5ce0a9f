package org.harmledger.extract;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Phrases turns a word list into one regular expression that matches any of its phrases as whole
 * words, preferring the longest. A trailing {@code *} matches any word ending ("airstrike*"
 * matches "airstrikes"); spaces match any run of white space. The alternation is written as a
 * trie (shared prefixes factored out) because Java's regex engine tries alternatives one by one:
 * a flat list of hundreds of phrases made every stage several times slower.
 */
final class Phrases {
  private static final char SPACE = '\u0000';

  private Phrases() {}

  /** A case-insensitive pattern matching any phrase as whole words. */
  static Pattern anyOf(Collection<String> phrases) {
    return Pattern.compile(alternation(phrases), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The regex for the phrases as whole words: a non-capturing group with word boundaries. */
  static String alternation(Collection<String> phrases) {
    Node root = new Node();
    for (String phrase : phrases) {
      String p = phrase.strip();
      if (p.isEmpty()) {
        continue;
      }
      boolean wildcard = p.endsWith("*");
      String core = (wildcard ? p.substring(0, p.length() - 1) : p).replaceAll("\\s+", String.valueOf(SPACE));
      Node node = root;
      for (int i = 0; i < core.length(); i++) {
        node = node.children.computeIfAbsent(core.charAt(i), c -> new Node());
      }
      node.terminal = true;
      node.wildcard |= wildcard;
    }
    String body = root.children.isEmpty() ? "(?!)" : root.regex();
    return "(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])";
  }

  /** One trie node: the phrases sharing a prefix. */
  private static final class Node {
    final Map<Character, Node> children = new TreeMap<>();
    boolean terminal;
    boolean wildcard;

    String regex() {
      StringBuilder sb = new StringBuilder();
      int parts = 0;
      for (Map.Entry<Character, Node> e : children.entrySet()) {
        if (parts++ > 0) {
          sb.append('|');
        }
        sb.append(unit(e.getKey())).append(e.getValue().regex());
      }
      if (wildcard) {
        if (parts++ > 0) {
          sb.append('|');
        }
        sb.append("[\\p{L}-]*");
      }
      if (parts == 0) {
        return "";
      }
      String body = parts == 1 ? sb.toString() : "(?:" + sb + ")";
      return terminal && !wildcard ? "(?:" + body + ")?" : body;
    }

    private static String unit(char c) {
      if (c == SPACE) {
        return "\\s+";
      }
      if (c < 128 && !Character.isLetterOrDigit(c)) {
        return "\\" + c;
      }
      return String.valueOf(c);
    }
  }
}
