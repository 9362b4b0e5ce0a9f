package org.harmledger.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
 * JoinedFigures are the casualty figures a sentence joins to one another, for the CasualtyFinder:
 * one person named by an article or possessive ("killed a child", "her son"), a figure joined to
 * the one before ("killed 3 civilians and 2 fighters", "... and a shepherd"), figures waiting for
 * the outcome of the one they are joined to ("25 militants and three of its own fighters were
 * killed"), and others counted with civilians ("killing 4 civilians and injuring 11 others").
 * Immutable; built once from the casualty rules.
 */
final class JoinedFigures {
  /** What joins a figure to the one before: "and", "as well as", with the kin's possessive ("a woman and her two children"). */
  private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*)?(?:and|as well as)?\\s*(?:(?:his|her|their)\\s+)?");
  private static final Pattern JOINED_BEFORE = Pattern.compile(
      "(?:\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?)?\\s+(?:and|as well as)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHERS_JOINED = Pattern.compile(
      "\\s*,?\\s*(?:and|while)\\s+[\\p{L}-]+\\s+[^,.;:]*?(?:\\s+others?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINGLE = Pattern.compile("\\s*(?:,\\s*)?(?:and|as well as)\\s+(?:an?|one)(?=\\s)",
      Pattern.CASE_INSENSITIVE);


  private static final Set<CasualtyCategory> GROUPS = Set.of(CasualtyCategory.WOMEN, CasualtyCategory.CHILDREN,
      CasualtyCategory.MEN);
  private static final Pattern PAIRED = Pattern.compile("\\s+and\\s");
  private final Map<String, CasualtyCategory> nouns;
  private final Pattern nounPhrase;
  private final Set<String> articles;
  private final Set<String> singular;
  private final Set<String> fillers;
  private final Set<String> ageUnits;

  JoinedFigures(CasualtyRules rules) {
    this.nouns = rules.nouns();
    this.nounPhrase = nounPhrase(rules);
    this.articles = Set.copyOf(rules.oneWords());
    this.singular = Set.copyOf(rules.singularNouns());
    this.fillers = Set.copyOf(rules.fillers());
    this.ageUnits = Set.copyOf(rules.ageUnits());
  }

  /**
   * The words after a count up to its category noun, which is group 1: up to three fillers,
   * capitalised names or ages ("2 SDF fighters", "1,200 Yazidi men", "members of the", "an
   * eight-year-old girl").
   */
  static Pattern nounPhrase(CasualtyRules r) {
    return Pattern.compile("\\s+(?:(?:" + Phrases.alternation(r.fillers()) + "|(?-i:\\p{Lu}[\\p{L}\\p{N}'’-]*)"
        + "|[\\p{L}\\p{N}]+-" + Phrases.alternation(r.ageUnits()) + "-old)\\s+){0,3}("
        + Phrases.alternation(r.nouns().keySet()) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The counts with a one-word ("a", "her") before a singular person noun, fillers aside, added as
   * one person ("killed a child", "her son"), in text order. Word lookups only: this runs at every
   * article of every sentence.
   */
  List<CountMention> withSingles(String text, Words words, Span sentence, List<CountMention> counts) {
    List<CountMention> all = new ArrayList<>(counts);
    int last = words.size();
    for (int w = words.firstAtOrAfter(sentence.start()); w < last && words.start(w) < sentence.end(); w++) {
      if (!articles.contains(words.lower(w))) {
        continue;
      }
      int n = w + 1;
      while (n < last && n <= w + 2 && fillers.contains(words.lower(n))) {
        n++;
      }
      // "an eight-year-old girl", "his 10-year-old son": the age stands between article and noun.
      if (n + 3 < last && ageUnits.contains(words.lower(n + 1)) && "old".equals(words.lower(n + 2))) {
        n += 3;
      }
      if (n < last && words.end(n) <= sentence.end() && singular.contains(words.lower(n))) {
        all.add(new CountMention(Count.exactly(1), new Span(words.start(w), words.end(w))));
      }
    }
    all.sort(Comparator.comparingInt(c -> c.span().start()));
    return all;
  }

  /** "killed 3 civilians and 2 fighters": a figure joined to the one before takes its outcome. */
  CasualtyMention continued(String text, Span sentence, CountMention c, CasualtyMention previous) {
    if (previous.span().end() > c.span().start()
        || !JOINED.matcher(text.substring(previous.span().end(), c.span().start())).matches()) {
      return null;
    }
    Matcher n = nounPhrase.matcher(text).region(c.span().end(), sentence.end());
    if (!n.lookingAt()) {
      return null;
    }
    CasualtyCategory category = withCivilians(nouns.get(n.group(1).toLowerCase(Locale.ROOT)), previous.category());
    return new CasualtyMention(previous.outcome(), category, c.count(), new Span(c.span().start(), n.end()), false);
  }

  /**
   * "3,548 women and children abducted": where a count covers two groups of people joined by
   * "and", the end of the pair (the count is their total), else -1.
   */
  int pairEnd(String text, Span sentence, int countEnd) {
    Matcher first = nounPhrase.matcher(text).region(countEnd, sentence.end());
    if (!first.lookingAt() || !GROUPS.contains(nouns.get(first.group(1).toLowerCase(Locale.ROOT)))) {
      return -1;
    }
    Matcher second = PAIRED.matcher(text).region(first.end(), sentence.end());
    if (!second.lookingAt()) {
      return -1;
    }
    Matcher noun = nounPhrase.matcher(text).region(second.end() - 1, sentence.end());
    CasualtyCategory other = noun.lookingAt() ? nouns.get(noun.group(1).toLowerCase(Locale.ROOT)) : null;
    boolean paired = other != null && GROUPS.contains(other) && other != nouns.get(first.group(1).toLowerCase(Locale.ROOT));
    return paired ? noun.end() : -1;
  }

  /** The two groups of a pair the count covers, each as present ("women and children": both at least one). */
  List<CasualtyMention> pairGroups(String text, Span sentence, int countEnd, Outcome outcome) {
    List<CasualtyMention> groups = new ArrayList<>();
    int end = pairEnd(text, sentence, countEnd);
    Matcher n = nounPhrase.matcher(text).region(countEnd, end < 0 ? countEnd : end);
    while (end >= 0 && n.find()) {
      groups.add(new CasualtyMention(outcome, nouns.get(n.group(1).toLowerCase(Locale.ROOT)), Count.present(),
          new Span(n.start(1), n.end(1)), false));
      n.region(n.end(), end);
    }
    return groups;
  }

  /** People listed with civilians ("20 civilians and one aid worker") are civilians too; a list of them alone is a total. */
  static CasualtyCategory withCivilians(CasualtyCategory category, CasualtyCategory joinedTo) {
    return category == CasualtyCategory.TOTAL && joinedTo == CasualtyCategory.CIVILIANS ? CasualtyCategory.CIVILIANS : category;
  }

  /** "killed 2 fighters and a shepherd": one person of a category joined to a figure takes its outcome. */
  CasualtyMention single(String text, Span sentence, CasualtyMention previous) {
    Matcher a = SINGLE.matcher(text).region(previous.span().end(), sentence.end());
    if (!a.lookingAt()) {
      return null;
    }
    Matcher n = nounPhrase.matcher(text).region(a.end(), sentence.end());
    if (!n.lookingAt()) {
      return null;
    }
    CasualtyCategory category = nouns.get(n.group(1).toLowerCase(Locale.ROOT));
    return new CasualtyMention(previous.outcome(), category, Count.exactly(1), new Span(a.start(), n.end()), false);
  }

  /**
   * "25 militants and three of its own fighters were killed", "20 members of the service and 8
   * civilians were killed": figures waiting before one with an outcome, joined to it by "and",
   * take its outcome.
   */
  List<CasualtyMention> joinedBefore(String text, Span sentence, List<CountMention> waiting, CasualtyMention m) {
    List<CasualtyMention> found = new ArrayList<>();
    int next = m.span().start();
    for (int i = waiting.size() - 1; i >= 0; i--) {
      CountMention w = waiting.get(i);
      Matcher n = nounPhrase.matcher(text).region(w.span().end(), sentence.end());
      if (w.span().end() > next || !n.lookingAt() || !JOINED_BEFORE.matcher(text).region(n.end(), next).matches()) {
        break;
      }
      found.add(0, new CasualtyMention(m.outcome(), nouns.get(n.group(1).toLowerCase(Locale.ROOT)), w.count(),
          new Span(w.span().start(), n.end()), false));
      next = w.span().start();
    }
    waiting.clear();
    return found;
  }

  /**
   * "killing 4 civilians and injuring 11 others": an exact figure of others joined to a civilian one
   * before counts civilians too ("tens of others", or others after soldiers, stay a total).
   */
  CasualtyMention othersOf(String text, CasualtyMention m, CasualtyMention previous) {
    boolean others = m.category() == CasualtyCategory.TOTAL && !m.tollUpdate() && !m.count().vague()
        && previous.category() == CasualtyCategory.CIVILIANS
        && previous.span().end() <= m.span().start()
        && OTHERS_JOINED.matcher(text).region(previous.span().end(), m.span().end()).matches();
    return others ? new CasualtyMention(m.outcome(), previous.category(), m.count(), m.span(), false) : m;
  }
}
