package org.harmledger.extract;

import java.util.regex.Pattern;
import org.harmledger.model.Span;

/**
 * TellingFilter decides, sentence by sentence, which triggers tell an event that happened. A
 * device that was found or made safe ("experts defused a car loaded with explosives") is no
 * bombing, unless the sentence counts people it hurt; a sentence that only imagines harm ("the car bomb could have killed scores") tells no
 * attack of its own; a negated statement ("no group has claimed responsibility") was not made;
 * and a sentence that recalls the past ("the town has been shelled repeatedly since 2014")
 * without counting anyone is background. Immutable and thread-safe.
 */
final class TellingFilter {
  /** How far before a statement trigger a negation still denies it. */
  private static final int NEGATION_REACH = 30;

  private final Pattern foiled;
  private final Pattern hypothetical;
  private final Pattern negation;
  private final Pattern background;

  TellingFilter(RuleSet rules) {
    EventRules r = rules.eventRules();
    this.foiled = Phrases.anyOf(r.foiledCues());
    this.hypothetical = Phrases.anyOf(rules.casualties().hypotheticalCues());
    this.negation = Pattern.compile(Phrases.alternation(r.statementNegations()) + "(?:\\s+[\\p{L}'’-]+){0,3}\\s+$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.background = Phrases.anyOf(r.backgroundCues());
  }

  /** Drops from the sentence's facts the triggers that tell no event. */
  void apply(String text, Span sentence, SentenceFacts f) {
    f.statements.removeIf(s -> negation.matcher(text)
        .region(Math.max(sentence.start(), s.span().start() - NEGATION_REACH), s.span().start()).find());
    if (f.attack != null && f.attack.type().foilable() && f.casualties.isEmpty() && finds(foiled, text, sentence)) {
      f.attack = null;
    }
    EventMention told = f.attack != null ? f.attack : f.genericAttack;
    if (told != null && f.casualties.isEmpty() && f.eventDate() == null
        && (finds(hypothetical, text, new Span(told.span().end(), sentence.end())) || finds(background, text, sentence))) {
      f.attack = null;
      f.genericAttack = null;
    }
  }

  private static boolean finds(Pattern p, String text, Span sentence) {
    return p.matcher(text).region(sentence.start(), sentence.end()).find();
  }
}
