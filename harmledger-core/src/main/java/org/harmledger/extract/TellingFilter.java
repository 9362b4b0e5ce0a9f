package org.harmledger.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.Span;

/**
 * TellingFilter decides, sentence by sentence, which triggers tell an event that happened. A
 * device that was found or made safe ("experts defused a car loaded with explosives") is no
 * bombing, unless the sentence counts people it hurt, and blaming a party for it there ("and blamed
 * Islamic State") is no accusation; a sentence that only imagines harm is
 * marked, so that after a foiled device it tells no attack of its own ("the car bomb could have
 * killed scores"), while "the rocket could have killed dozens, but no one was hurt" alone still
 * tells the rocket; a negated statement ("no group has claimed responsibility") was not made, and
 * negated attack words that count nobody ("no Coalition aircraft engaged targets") tell no attack. A
 * sentence that recalls the past ("has repeatedly committed massacres", "hundreds have been killed
 * since the battle began") is background, with its figures, dates, places and statements, unless a date
 * written before its cue dates an event ("on Monday, the first attack since the truce"); so is a
 * sentence that counts nobody and is dated only by a year before the publication year ("carried
 * out air strikes in 2014"), whose years are then no event dates. A clash word that counts nobody
 * and has no date ("fighting continues around the hospital") is the war's context, not a clash.
 */
final class TellingFilter {
  /** How far before a statement trigger a negation still denies it. */
  private static final int NEGATION_REACH = 30;

  private final Pattern foiled;
  private final Pattern hypothetical;
  private final Pattern negation;
  private final Pattern attackNegation;
  private final Pattern attribution;
  private final Pattern background;
  private final Pattern notBackground;

  TellingFilter(RuleSet rules) {
    EventRules r = rules.eventRules();
    this.foiled = Phrases.anyOf(r.foiledCues());
    this.hypothetical = Phrases.anyOf(rules.casualties().hypotheticalCues());
    this.negation = Pattern.compile(Phrases.alternation(r.statementNegations()) + "(?:\\s+[\\p{L}'’-]+){0,3}\\s+$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.attackNegation = Pattern.compile(Phrases.alternation(r.attackNegations()) + "(?:\\s+[\\p{L}'’-]+){0,2}\\s+$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.attribution = Phrases.anyOf(r.attributionTriggers());
    this.background = Phrases.anyOf(r.backgroundCues());
    this.notBackground = Phrases.anyOf(r.backgroundExceptions());
  }

  /** Drops from the sentence's facts the triggers that tell no event; {@code published} may be null. */
  void apply(String text, Span sentence, SentenceFacts f, LocalDate published) {
    if (background(text, sentence, f)) {
      f.attack = null;
      f.genericAttack = null;
      f.statements.clear();
      f.statementWords.clear();
      f.casualties.clear();
      f.dates.clear();
      f.places.clear();
      return;
    }
    if (f.casualties.isEmpty() && !f.dates.isEmpty() && published != null
        && f.dates.stream().allMatch(d -> pastYear(d, published))) {
      f.attack = null;
      f.genericAttack = null;
      f.dates.clear();
    }
    if (f.attack != null && f.attack.type().attackerOnly() && f.casualties.isEmpty() && f.dateFor(f.attack) == null) {
      f.attack = null;
    }
    if (f.attack != null && f.casualties.isEmpty() && attackNegation.matcher(text)
        .region(Math.max(sentence.start(), f.attack.span().start() - NEGATION_REACH), f.attack.span().start()).find()) {
      f.attack = null;
    }
    f.statements.removeIf(s -> negated(text, sentence, s));
    f.statementWords.removeIf(s -> negated(text, sentence, s));
    if (f.attack != null && f.attack.type().foilable() && f.casualties.isEmpty() && finds(foiled, text, sentence)) {
      f.attack = null;
      f.foiled = true;
      // "dismantled a car bomb ... and blamed Islamic State": the blame attributes the foiled device, no attack.
      f.statements.removeIf(st -> attribution.matcher(st.text()).matches());
    }
    EventMention told = f.attack != null ? f.attack : f.genericAttack;
    f.imagined = told != null && f.casualties.isEmpty() && f.eventDate() == null
        && finds(hypothetical, text, new Span(told.span().end(), sentence.end()));
  }

  /**
   * Whether the sentence recalls the past: a background cue with no date written before it. A cue that
   * only reaches back to the hours of the event itself ("circled over the area since dawn") is none.
   */
  private boolean background(String text, Span sentence, SentenceFacts f) {
    Matcher cue = background.matcher(text).region(sentence.start(), sentence.end());
    while (cue.find()) {
      if (!notBackground.matcher(text).region(cue.start(), sentence.end()).lookingAt()) {
        int at = cue.start();
        return f.dates.stream().noneMatch(d -> d.span() != null && d.span().end() <= at);
      }
    }
    return false;
  }

  private boolean negated(String text, Span sentence, EventMention s) {
    return negation.matcher(text).region(Math.max(sentence.start(), s.span().start() - NEGATION_REACH), s.span().start()).find();
  }

  private static boolean pastYear(DateRef d, LocalDate published) {
    return d.precision() == DatePrecision.YEAR && d.start() != null && d.start().getYear() < published.getYear();
  }

  private static boolean finds(Pattern p, String text, Span sentence) {
    return p.matcher(text).region(sentence.start(), sentence.end()).find();
  }
}
