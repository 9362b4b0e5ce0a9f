package org.harmledger.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.model.Span;
import org.harmledger.model.WordRuns;

/**
 * An AliasIndex is a trie of alias words that finds the longest alias starting at each word of a
 * text with one or two hash lookups per word, whatever the number of aliases. An acronym word of an
 * alias ({@link AliasTokens#isAcronym}) is keyed by its exact form, so {@code US} never matches
 * the pronoun {@code us}; every other word by its folded form, so {@code the regime} and {@code The
 * Regime} both match. A one-word acronym mention next to another word in capitals is dropped, since
 * text in capitals ({@code IT IS US}) is not naming anyone. Immutable once built.
 */
final class AliasIndex {
  /**
   * One trie node: the actor whose alias ends here, if any, and the words that may follow, acronyms
   * by their exact form and other words by their folded form.
   */
  private static final class Node {
    final Map<String, Node> acronyms = new HashMap<>(4);
    final Map<String, Node> words = new HashMap<>(4);
    Actor actor;
    String alias;

    boolean isLeaf() {
      return acronyms.isEmpty() && words.isEmpty();
    }
  }

  private final Node root = new Node();

  /** Adds an alias; fails when the same words already name another actor. */
  void add(String alias, Actor actor) {
    AliasTokens words = AliasTokens.of(alias);
    if (words.size() == 0) {
      throw new IllegalArgumentException("actor '" + actor.id() + "': the alias '" + alias + "' has no words");
    }
    Node node = root;
    for (int t = 0; t < words.size(); t++) {
      String raw = words.raw(t);
      node = AliasTokens.isAcronym(raw) ? node.acronyms.computeIfAbsent(raw, k -> new Node())
          : node.words.computeIfAbsent(words.folded(t), k -> new Node());
    }
    if (node.actor != null && !node.actor.id().equals(actor.id())) {
      throw new IllegalArgumentException("the alias '" + alias + "' names both '" + node.alias + "' of actor '"
          + node.actor.id() + "' and actor '" + actor.id() + "'");
    }
    node.actor = actor;
    node.alias = alias;
  }

  /** Longest-first, non-overlapping mentions of aliases in the text, in text order. */
  List<ActorMention> findMentions(String text) {
    return findMentions(WordRuns.of(text));
  }

  /** Longest-first, non-overlapping mentions of aliases in the text these word runs are in, in text order. */
  List<ActorMention> findMentions(WordRuns runs) {
    String text = runs.text();
    AliasTokens words = AliasTokens.of(runs);
    List<ActorMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int[] best = {-1};
      Actor[] actor = {null};
      walk(root, words, i, best, actor);
      if (best[0] == i && shouted(words, i)) {
        best[0] = -1;
      }
      if (best[0] >= 0) {
        Span span = new Span(words.start(i), closingQuote(text, words.start(i), words.end(best[0])));
        mentions.add(new ActorMention(span, span.coveredText(text), actor[0]));
        i = best[0] + 1;
      } else {
        i++;
      }
    }
    return mentions;
  }

  /**
   * Whether a one-word mention is an acronym inside a run of capitals ({@code THIS SOFTWARE IS
   * PROVIDED}), where {@code IS} or {@code US} is an English word written in capitals.
   */
  private static boolean shouted(AliasTokens words, int t) {
    if (!AliasTokens.isAcronym(words.raw(t))) {
      return false;
    }
    boolean before = t > 0 && words.joinsNext(t - 1) && AliasTokens.isAcronym(words.raw(t - 1));
    boolean after = t + 1 < words.size() && words.joinsNext(t) && AliasTokens.isAcronym(words.raw(t + 1));
    return before || after;
  }

  /** Extends a mention over the closing quotation mark of a quotation it opened: US-led “international coalition”. */
  private static int closingQuote(String text, int start, int end) {
    if (end >= text.length()) {
      return end;
    }
    char next = text.charAt(end);
    int opened = 0;
    for (int c = start; c < end; c++) {
      char ch = text.charAt(c);
      if (ch == '“' || ch == '«') {
        opened++;
      } else if (ch == '”' || ch == '»') {
        opened--;
      } else if (ch == '"') {
        opened += opened > 0 ? -1 : 1;
      }
    }
    return opened > 0 && (next == '”' || next == '»' || next == '"') ? end + 1 : end;
  }

  private static void walk(Node node, AliasTokens words, int t, int[] best, Actor[] actor) {
    if (!node.acronyms.isEmpty() && !words.cannotBeAcronym(t)) {
      visit(node.acronyms.get(words.raw(t)), words, t, best, actor);
    }
    visit(node.words.get(words.folded(t)), words, t, best, actor);
  }

  private static void visit(Node child, AliasTokens words, int t, int[] best, Actor[] actor) {
    if (child == null) {
      return;
    }
    if (child.actor != null && t > best[0]) {
      best[0] = t;
      actor[0] = child.actor;
    }
    if (!child.isLeaf() && words.joinsNext(t)) {
      walk(child, words, t + 1, best, actor);
    }
  }
}
