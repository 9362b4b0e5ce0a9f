package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * SentenceFacts are what one sentence says, gathered while segmenting; mutable and local to one
 * call. When a sentence holds both an attack and a statement trigger, each takes the
 * dates and places nearer to it than to the other ("condemned on Saturday the strike in X").
 */
final class SentenceFacts {
  /** How many characters may part a date from the attack words it is written beside. */
  private static final int BESIDE = 20;
  /** A first line that opens with a capitalised place, agency or date and ends in a dash. */
  private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[^\\n]{0,60}?\\s[-–—]\\s");

  EventMention attack;
  EventMention genericAttack;
  /** The first trigger of an outcome type (property destruction), which names the event when nobody was hurt. */
  EventMention outcome;
  final List<EventMention> statements = new ArrayList<>();
  /** Every statement word of the sentence ("summoned ... to protest"), of whatever type, in text order. */
  final List<EventMention> statementWords = new ArrayList<>();
  final List<DateRef> dates = new ArrayList<>();
  final List<DateRef> reportDates = new ArrayList<>();
  final List<PlaceRef> places = new ArrayList<>();
  final List<CasualtyMention> casualties = new ArrayList<>();
  final List<Span> rises = new ArrayList<>();
  /** Whether the sentence said its device was found or made safe ("defused a car bomb"). */
  boolean foiled;
  /** Whether the sentence's attack words are only followed by imagined harm ("could have killed scores"). */
  boolean imagined;

  /** The first date of the sentence that is not the date of its telling. */
  DateRef eventDate() {
    for (DateRef d : dates) {
      if (!reportDates.contains(d)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The date for this trigger: for an attack the nearest date that is not the date of the telling;
   * otherwise the first date nearer to it than to the rival trigger. When a sentence holds both an
   * attack and a statement and gives the date of its telling, that date is the statement's and the
   * others are the attack's.
   */
  DateRef dateFor(EventMention trigger) {
    EventMention other = rival(trigger);
    if (trigger != null && !trigger.type().isStatement()) {
      // A statement dated by its telling ("said on Tuesday that ... in June, and called on") leaves the other dates to the attack.
      EventMention near = reportDates.isEmpty() ? other : null;
      DateRef best = null;
      for (DateRef d : dates) {
        boolean closer = best == null || distance(d.span(), trigger) < distance(best.span(), trigger);
        if (!reportDates.contains(d) && (near == null || distance(d.span(), trigger) <= far(d.span(), trigger)) && closer) {
          best = d;
        }
      }
      return best;
    }
    if (other != null && !reportDates.isEmpty()) {
      return reportDates.get(0);
    }
    for (DateRef d : dates) {
      if (other == null || near(d.span(), trigger) <= far(d.span(), trigger)) {
        return d;
      }
    }
    return null;
  }

  /**
   * A date written beside these attack words ("Tuesday's strike", "the strike on Monday") and
   * nearer to them than to the statement of the sentence, else null.
   */
  DateRef dateBeside(EventMention trigger) {
    if (trigger == null) {
      return null;
    }
    for (DateRef d : dates) {
      EventMention other = statements.isEmpty() ? null : statements.get(0);
      if (!reportDates.contains(d) && distance(d.span(), trigger) <= BESIDE
          && (other == null || distance(d.span(), trigger) < distance(d.span(), other))) {
        return d;
      }
    }
    return null;
  }

  PlaceRef placeFor(EventMention trigger) {
    return best(places, rival(trigger) == null ? null : p -> near(p.span(), trigger) <= far(p.span(), trigger));
  }

  private EventMention rival(EventMention trigger) {
    if (trigger == null || attack == null || statements.isEmpty()) {
      return null;
    }
    return trigger.type().isStatement() ? attack : statements.get(0);
  }

  private static PlaceRef best(List<PlaceRef> places, Predicate<PlaceRef> near) {
    PlaceRef best = null;
    for (PlaceRef p : places) {
      if ((near == null || near.test(p)) && (best == null || rank(p) < rank(best))) {
        best = p;
      }
    }
    return best;
  }

  /**
   * How finely a place pins the event, lower is finer: its precision, except that a named place
   * no gazetteer holds ("the village of Kafr Sajna", "the al-Bahra farms") is finer than any known
   * place but an exact one, and finer than a town that shares its governorate's name ("Idlib").
   */
  private static int rank(PlaceRef p) {
    if (p.geonamesId() == null) {
      return 1;
    }
    boolean headOfGovernorate = p.admin1() != null && p.name() != null
        && PlaceNames.key(p.admin1()).equals(PlaceNames.key(p.name()));
    return p.precision() == 1 && !headOfGovernorate ? 0 : p.precision() + 1;
  }

  /** How far a span is from this trigger's side of the sentence: for a statement, from its nearest statement word. */
  private int near(Span s, EventMention trigger) {
    int d = distance(s, trigger);
    if (trigger.type().isStatement()) {
      for (EventMention w : statementWords) {
        d = Math.min(d, distance(s, w));
      }
    }
    return d;
  }

  /** How far a span is from the rival side: the attack for a statement, the nearest statement word for an attack. */
  private int far(Span s, EventMention trigger) {
    EventMention other = rival(trigger);
    return other == null ? Integer.MAX_VALUE : near(s, other);
  }

  private static int distance(Span s, EventMention trigger) {
    Span t = trigger.span();
    return s.end() <= t.start() ? t.start() - s.end() : Math.max(0, s.start() - t.end());
  }

  /**
   * Buckets the mentions by sentence; dates and places in the dateline, figures that are really dates and
   * places inside an actor's name ("al-Sham" in "Hayat Tahrir al-Sham") are dropped. In a sentence
   * without casualty figures an outcome trigger ("destroyed the bridge") is the attack, whatever
   * means the sentence names, and in one with figures the means names it ("the strikes destroyed a
   * command centre and killed scores"); in a statement a generic word with a date beside it is the attack
   * ("assessed as non-credible the allegation that Coalition strikes in Raqqa on 20 August 2017").
   */
  static List<SentenceFacts> of(AnalyzedText text, Mentions m, GuardedPattern speechBefore, TellingFilter filter) {
    List<SentenceFacts> facts = new ArrayList<>();
    text.sentences().forEach(s -> facts.add(new SentenceFacts()));
    for (EventMention e : m.events()) {
      SentenceFacts f = at(text, facts, e.span());
      if (f == null) {
        continue;
      }
      if (e.type().isStatement()) {
        f.statementWords.add(e);
        if (f.statements.stream().noneMatch(s -> s.type().id().equals(e.type().id()))) {
          f.statements.add(e);
        }
      } else if (e.type().generic()) {
        f.genericAttack = f.genericAttack == null ? e : f.genericAttack;
      } else if (f.attack == null || e.type().priority() > f.attack.type().priority()) {
        f.attack = e;
      }
      if (e.type().outcome() && f.outcome == null) {
        f.outcome = e;
      }
    }
    List<DateRef> dates = new ArrayList<>();
    for (DateRef d : m.dates()) {
      boolean inDateline = m.dateline().map(dl -> dl.span().overlaps(d.span())).orElse(false);
      SentenceFacts f = at(text, facts, d.span());
      if (f != null && !inDateline) {
        dates.add(d);
        f.dates.add(d);
        int from = Math.max(0, d.span().start() - 40);
        if (speechBefore.finds(text.text(), text.words(), from, d.span().start())) {
          f.reportDates.add(d);
        }
      }
    }
    int dateline = datelineEnd(text.text());
    for (PlaceRef p : m.places()) {
      SentenceFacts f = at(text, facts, p.span());
      boolean insideActorName = m.roles().stream().anyMatch(r -> r.span().overlaps(p.span()));
      if (f != null && !insideActorName && p.span().start() >= dateline) {
        f.places.add(p);
      }
    }
    for (CasualtyMention c : m.casualties()) {
      SentenceFacts f = at(text, facts, c.span());
      boolean isDate = dates.stream().anyMatch(d -> d.span().overlaps(c.span()) && d.span().start() <= c.span().start());
      if (f != null && !isDate) {
        f.casualties.add(c);
      }
    }
    for (SentenceFacts f : facts) {
      if (f.outcome != null && f.casualties.isEmpty()) {
        f.attack = f.outcome;
      } else if (f.attack != null && f.attack.type().outcome() && f.genericAttack != null) {
        f.attack = f.genericAttack;
      }
      if (f.attack == null && !f.statements.isEmpty() && f.dateBeside(f.genericAttack) != null) {
        f.attack = f.genericAttack;
      }
    }
    for (Span r : m.tollRises()) {
      SentenceFacts f = at(text, facts, r);
      if (f != null) {
        f.rises.add(r);
      }
    }
    for (int i = 0; i < facts.size(); i++) {
      filter.apply(text.text(), text.words(), text.sentences().get(i), facts.get(i), text.published());
    }
    return facts;
  }

  /** The place a dateline names ("DAMASCUS, Jan 12 (Levant Wire) -"), where the story was filed, or null. */
  static PlaceRef datelinePlace(AnalyzedText text, Mentions m) {
    int dateline = datelineEnd(text.text());
    return m.places().stream().filter(p -> p.span().end() <= dateline).findFirst().orElse(null);
  }

  /** Where a leading dateline ("BEIRUT, May 29 (Levant Wire) - ") ends, or 0 when the text has none. */
  private static int datelineEnd(String text) {
    Matcher d = DATELINE.matcher(text);
    return d.lookingAt() ? d.end() : 0;
  }

  private static SentenceFacts at(AnalyzedText text, List<SentenceFacts> facts, Span span) {
    int i = text.sentenceAt(span.start());
    return i < 0 ? null : facts.get(i);
  }
}
