package org.harmledger.extract;

import java.time.LocalDate;
import java.util.List;
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

  private final GuardedPattern foiled;
  private final GuardedPattern hypothetical;
  private final GuardedPattern negation;
  private final GuardedPattern attackNegation;
  private final Pattern attribution;
  private final GuardedPattern background;
  private final Pattern notBackground;

  TellingFilter(RuleSet rules) {
    EventRules r = rules.eventRules();
    this.foiled = new GuardedPattern(Phrases.anyOf(r.foiledCues()), r.foiledCues());
    List<String> hypotheticalCues = rules.casualties().hypotheticalCues();
    this.hypothetical = new GuardedPattern(Phrases.anyOf(hypotheticalCues), hypotheticalCues);
    this.negation = new GuardedPattern(Pattern.compile(Phrases.alternation(r.statementNegations())
        + "(?:\\s+[\\p{L}'’-]+){0,3}\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), r.statementNegations());
    this.attackNegation = new GuardedPattern(Pattern.compile(Phrases.alternation(r.attackNegations())
        + "(?:\\s+[\\p{L}'’-]+){0,2}\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), r.attackNegations());
    this.attribution = Phrases.anyOf(r.attributionTriggers());
    this.background = new GuardedPattern(Phrases.anyOf(r.backgroundCues()), r.backgroundCues());
    this.notBackground = Phrases.anyOf(r.backgroundExceptions());
  }

  /** Drops from the sentence's facts the triggers that tell no event; {@code published} may be null. */
  void apply(String text, Words words, Span sentence, SentenceFacts f, LocalDate published) {
    if (background(text, words, sentence, f)) {
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
    if (f.attack != null && f.casualties.isEmpty() && attackNegation.finds(text, words,
        Math.max(sentence.start(), f.attack.span().start() - NEGATION_REACH), f.attack.span().start())) {
      f.attack = null;
    }
    f.statements.removeIf(s -> negated(text, words, sentence, s));
    f.statementWords.removeIf(s -> negated(text, words, sentence, s));
    if (f.attack != null && f.attack.type().foilable() && f.casualties.isEmpty()
        && foiled.finds(text, words, sentence.start(), sentence.end())) {
      f.attack = null;
      f.foiled = true;
      // "dismantled a car bomb ... and blamed Islamic State": the blame attributes the foiled device, no attack.
      f.statements.removeIf(st -> attribution.matcher(st.text()).matches());
    }
    EventMention told = f.attack != null ? f.attack : f.genericAttack;
    f.imagined = told != null && f.casualties.isEmpty() && f.eventDate() == null
        && hypothetical.finds(text, words, told.span().end(), sentence.end());
  }

  /**
   * Whether the sentence recalls the past: a background cue with no date written before it. A cue that
   * only reaches back to the hours of the event itself ("circled over the area since dawn") is none.
   */
  private boolean background(String text, Words words, Span sentence, SentenceFacts f) {
    for (Matcher cue = background.find(text, words, sentence.start(), sentence.end()); cue != null; cue = cue.find() ? cue : null) {
      if (!notBackground.matcher(text).region(cue.start(), sentence.end()).lookingAt()) {
        int at = cue.start();
        return f.dates.stream().noneMatch(d -> d.span() != null && d.span().end() <= at);
      }
    }
    return false;
  }

  private boolean negated(String text, Words words, Span sentence, EventMention s) {
    return negation.finds(text, words, Math.max(sentence.start(), s.span().start() - NEGATION_REACH), s.span().start());
  }

  private static boolean pastYear(DateRef d, LocalDate published) {
    return d.precision() == DatePrecision.YEAR && d.start() != null && d.start().getYear() < published.getYear();
  }
}
