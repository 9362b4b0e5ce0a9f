package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/**
 * ClauseSplitter cuts a sentence that tells two attacks into one piece per attack, so that each
 * keeps its own date, place and figures: at a clause cue ({@code eventRules.clauseCues}: "and
 * that", "in retaliation for") with attack words both before and after it ("coalition aircraft
 * targeted Subaykhan on 26 February, killing 11, and that on 28 February the same aircraft struck
 * a crossing"). The later stages then read each piece as a sentence. Immutable and thread-safe.
 */
final class ClauseSplitter {
  private final GuardedPattern cue;

  ClauseSplitter(RuleSet rules) {
    List<String> cues = rules.eventRules().clauseCues();
    this.cue = new GuardedPattern(Phrases.anyOf(cues), cues);
  }

  /** The sentence spans of the text with every two-attack sentence cut at its cues. */
  List<Span> split(AnalyzedText analyzed, List<EventMention> triggers) {
    List<Span> pieces = new ArrayList<>();
    for (Span sentence : analyzed.sentences()) {
      int from = sentence.start();
      for (Matcher m = cue.find(analyzed.text(), analyzed.words(), sentence.start(), sentence.end()); m != null;
          m = m.find() ? m : null) {
        if (attackWithin(triggers, from, m.start()) && attackWithin(triggers, m.end(), sentence.end())) {
          int end = m.start();
          while (end > from && Character.isWhitespace(analyzed.text().charAt(end - 1))) {
            end--;
          }
          pieces.add(new Span(from, end));
          from = m.start();
        }
      }
      pieces.add(new Span(from, sentence.end()));
    }
    return pieces;
  }

  private static boolean attackWithin(List<EventMention> triggers, int start, int end) {
    return triggers.stream().anyMatch(t -> !t.type().isStatement() && t.span().start() >= start && t.span().end() <= end);
  }
}
