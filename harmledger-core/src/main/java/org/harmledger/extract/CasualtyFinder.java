package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Span;

/**
 * CasualtyFinder is the stage that reads casualty figures, sentence by sentence: a count, an
 * optional category noun ("civilians", "children", "members of ...", also after names: "2 SDF
 * fighters", "1,200 Yazidi men"), and an outcome word after it
 * ("were killed", "wounded") or before it ("killing twenty"). "The death toll rose to N" is a
 * killed-total update; "including women and children" records each group as present, or with its
 * own figure when one is written; a figure joined to the one before ("killed 3 civilians and 2
 * fighters", "2 fighters and a shepherd") takes its outcome. A toll update counts the category it
 * or its toll noun names ("the death toll rose to 23 civilians", "the number of civilians killed
 * ... rose to 27"). A count of two groups ("3,548 women and children abducted") is their total,
 * each group present. Negated figures ("no one was killed") and hypotheticals ("could have
 * killed", "threatened to") give no count.
 */
public final class CasualtyFinder implements MentionFinder<CasualtyMention> {
  private static final int LOOK_BEHIND = 60;
  private static final int LIST_WINDOW = 80;
  private final CountParser counts;
  private final Map<String, CasualtyCategory> nouns;
  private final Pattern nounPhrase;
  private final Pattern afterOutcome;
  private final Pattern bareOutcome;
  private final GuardedPattern beforeOutcome;
  private final GuardedPattern toll;
  private final GuardedPattern hypothetical;
  private final GuardedPattern negated;
  private final GuardedPattern including;
  private final GuardedPattern listNoun;
  private final Set<String> dead;
  private final JoinedFigures joins;

  public CasualtyFinder(RuleSet ruleSet) {
    CasualtyRules r = ruleSet.casualties();
    this.counts = new CountParser(ruleSet.numbers());
    this.nouns = r.nouns();
    String noun = "(" + Phrases.alternation(nouns.keySet()) + ")";
    this.nounPhrase = JoinedFigures.nounPhrase(r);
    String after = "(" + Phrases.alternation(r.killedAfter()) + ")|(" + Phrases.alternation(r.injuredAfter()) + ")|("
        + Phrases.alternation(r.missingAfter()) + ")";
    String aux = "(?:" + Phrases.alternation(r.auxiliaries()) + "\\s+){0,3}";
    this.afterOutcome = Pattern.compile("(?:\\s*,[^,.;:]{0,80},|,?(?:\\s+[\\p{L}\\p{N}'’-]+){0,5}?)?\\s+" + aux + "(?:" + after + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.bareOutcome = Pattern.compile(",?(?:\\s+more)?\\s+" + aux + "(?:" + after + ")", Pattern.CASE_INSENSITIVE);
    List<String> before = new ArrayList<>(r.killedBefore());
    before.addAll(r.injuredBefore());
    before.addAll(r.missingBefore());
    this.beforeOutcome = new GuardedPattern(Pattern.compile("(?:(" + Phrases.alternation(r.killedBefore()) + ")|("
        + Phrases.alternation(r.injuredBefore()) + ")|(" + Phrases.alternation(r.missingBefore()) + "))\\s+$",
        Pattern.CASE_INSENSITIVE), before);
    this.toll = new GuardedPattern(Pattern.compile(Phrases.alternation(r.tollNouns()) + "[^.;:]{0,140}?"
        + Phrases.alternation(r.tollVerbs()) + "\\s+$", Pattern.CASE_INSENSITIVE), r.tollNouns());
    this.hypothetical = new GuardedPattern(Phrases.anyOf(r.hypotheticalCues()), r.hypotheticalCues());
    this.negated = new GuardedPattern(Pattern.compile(Phrases.alternation(r.negationCues()) + "\\s+$", Pattern.CASE_INSENSITIVE),
        r.negationCues());
    this.including = new GuardedPattern(Phrases.anyOf(r.including()), r.including());
    this.listNoun = new GuardedPattern(Pattern.compile(noun, Pattern.CASE_INSENSITIVE), nouns.keySet());
    this.dead = Set.copyOf(r.deadNouns());
    this.joins = new JoinedFigures(r);
  }

  @Override
  public List<CasualtyMention> find(AnalyzedText analyzed) {
    String text = analyzed.text();
    Words words = analyzed.words();
    List<CasualtyMention> found = new ArrayList<>();
    List<List<CountMention>> counted = counts.find(text, words, analyzed.sentences());
    for (int i = 0; i < counted.size(); i++) {
      Span sentence = analyzed.sentences().get(i);
      List<CountMention> inSentence = joins.withSingles(text, words, sentence, counted.get(i));
      List<CasualtyMention> figures = new ArrayList<>();
      List<CountMention> waiting = new ArrayList<>();
      for (CountMention c : inSentence) {
        if (negated.finds(text, words, Math.max(sentence.start(), c.span().start() - 20), c.span().start())) {
          continue;
        }
        CasualtyMention m = figures.isEmpty() ? null : joins.continued(text, sentence, c, figures.get(figures.size() - 1));
        if (m == null) {
          m = figure(text, words, sentence, c, inSentence);
        }
        if (m == null) {
          waiting.add(c);
        } else if (!hypothetical.finds(text, words, Math.max(sentence.start(), m.span().start() - LOOK_BEHIND), m.span().end())) {
          m = figures.isEmpty() ? m : joins.othersOf(text, m, figures.get(figures.size() - 1));
          List<CasualtyMention> joined = joins.joinedBefore(text, sentence, waiting, m);
          if (!m.tollUpdate() && joined.stream().anyMatch(j -> j.category() == CasualtyCategory.CIVILIANS)) {
            m = new CasualtyMention(m.outcome(), JoinedFigures.withCivilians(m.category(), CasualtyCategory.CIVILIANS),
                m.count(), m.span(), false);
          }
          figures.addAll(joined);
          figures.add(m);
          figures.addAll(joins.pairGroups(text, sentence, c.span().end(), m.outcome()));
          CasualtyMention one = joins.single(text, sentence, m);
          if (one != null) {
            figures.add(one);
          }
        }
      }
      found.addAll(figures);
      found.addAll(included(text, words, sentence, inSentence, figures));
    }
    return found;
  }

  private CasualtyMention figure(String text, Words words, Span sentence, CountMention c, List<CountMention> inSentence) {
    int end = sentence.end();
    CasualtyCategory category = CasualtyCategory.TOTAL;
    int nounEnd = c.span().end();
    Matcher n = nounPhrase.matcher(text).region(nounEnd, end);
    int pair = joins.pairEnd(text, sentence, c.span().end());
    if (pair >= 0) {
      nounEnd = pair;
    } else if (n.lookingAt()) {
      category = nouns.get(n.group(1).toLowerCase(Locale.ROOT));
      nounEnd = n.end();
      if (dead.contains(n.group(1).toLowerCase(Locale.ROOT))) {
        return new CasualtyMention(Outcome.KILLED, category, c.count(), new Span(c.span().start(), nounEnd), false);
      }
    }
    Matcher before = toll.find(text, words, Math.max(sentence.start(), c.span().start() - 3 * LOOK_BEHIND), c.span().start());
    if (before != null) {
      Matcher named = category == CasualtyCategory.TOTAL ? listNoun.find(text, words, before.start(), before.end()) : null;
      if (named != null) {
        category = nouns.get(named.group(1).toLowerCase(Locale.ROOT));
      }
      return new CasualtyMention(Outcome.KILLED, category, c.count(), new Span(before.start(), nounEnd), true);
    }
    Matcher adjacent = bareOutcome.matcher(text).region(nounEnd, end);
    if (adjacent.lookingAt()) {
      return new CasualtyMention(outcome(adjacent, 1), category, c.count(), new Span(c.span().start(), adjacent.end()), false);
    }
    Matcher b = beforeOutcome.find(text, words, Math.max(sentence.start(), c.span().start() - LOOK_BEHIND), c.span().start());
    if (b != null) {
      return new CasualtyMention(outcome(b, 1), category, c.count(), new Span(b.start(), nounEnd), false);
    }
    Matcher gapped = afterOutcome.matcher(text).region(nounEnd, end);
    if (nounEnd > c.span().end() && gapped.lookingAt()
        && !countBetween(inSentence, Math.max(nounEnd, text.lastIndexOf(',', gapped.end())), gapped.end())) {
      return new CasualtyMention(outcome(gapped, 1), category, c.count(), new Span(c.span().start(), gapped.end()), false);
    }
    return null;
  }

  /**
   * Whether another count stands in this stretch (after the gap's last comma, so an aside such as
   * ", four of them children," is skipped): an outcome beyond it is that count's ("23 women, and
   * 520 injuries").
   */
  private static boolean countBetween(List<CountMention> counts, int from, int to) {
    return counts.stream().anyMatch(c -> c.span().start() >= from && c.span().start() < to);
  }

  private static Outcome outcome(Matcher m, int firstGroup) {
    if (m.group(firstGroup) != null) {
      return Outcome.KILLED;
    }
    return m.group(firstGroup + 1) != null ? Outcome.INJURED : Outcome.MISSING;
  }

  /** "including women and children": each group in the list, with its own figure or as present. */
  private List<CasualtyMention> included(String text, Words words, Span sentence, List<CountMention> inSentence, List<CasualtyMention> figures) {
    List<CasualtyMention> found = new ArrayList<>();
    if (figures.isEmpty()) {
      return found;
    }
    for (Matcher inc = including.find(text, words, sentence.start(), sentence.end()); inc != null; inc = inc.find() ? inc : null) {
      CasualtyMention owner = owner(figures, inc.start());
      if (owner == null) {
        continue;
      }
      int listEnd = listEnd(text, inc.end(), Math.min(sentence.end(), inc.end() + LIST_WINDOW));
      for (Matcher noun = listNoun.find(text, words, inc.end(), listEnd); noun != null; noun = noun.find() ? noun : null) {
        CasualtyCategory category = nouns.get(noun.group(1).toLowerCase(Locale.ROOT));
        if (category == CasualtyCategory.TOTAL) {
          continue;
        }
        Count count = Count.present();
        int start = noun.start();
        for (CountMention c : inSentence) {
          if (c.span().end() <= noun.start() && c.span().start() >= inc.end()
              && text.substring(c.span().end(), noun.start()).isBlank()) {
            count = c.count();
            start = c.span().start();
          }
        }
        found.add(new CasualtyMention(owner.outcome(), category, count, new Span(start, noun.end()), false));
      }
    }
    return found;
  }

  /** The figure the list belongs to: the one whose span holds it, else the nearest before it. */
  private static CasualtyMention owner(List<CasualtyMention> figures, int at) {
    CasualtyMention owner = null;
    for (CasualtyMention f : figures) {
      if (f.span().start() <= at && at < f.span().end()) {
        return f;
      }
      if (f.span().end() <= at) {
        owner = f;
      }
    }
    return owner;
  }

  private static int listEnd(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == '.' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
        return i;
      }
    }
    return limit;
  }
}
