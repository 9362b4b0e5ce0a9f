package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/**
 * EventTriggerFinder is the stage that finds the trigger phrases of the event taxonomy. At each
 * word that can start a trigger, the longest trigger of any type wins, so "drone strike" is one
 * drone_strike trigger rather than a drone and a strike. A non-trigger phrase at least as long as
 * the best trigger there ("fighting positions", "accused of") consumes its words and names no
 * event. Also used on headlines, where spans point into the title.
 */
public final class EventTriggerFinder implements MentionFinder<EventMention> {
  private final Gate gate;
  private final List<EventType> types = new ArrayList<>();
  private final List<Pattern> perType = new ArrayList<>();
  private final List<Gate> typeGates = new ArrayList<>();
  private final Pattern nonTriggers;
  private final Gate nonTriggerGate;

  public EventTriggerFinder(RuleSet ruleSet) {
    List<String> all = new ArrayList<>();
    for (EventType type : ruleSet.eventTypes()) {
      types.add(type);
      perType.add(Phrases.anyOf(type.triggers()));
      typeGates.add(Gate.of(type.triggers()));
      all.addAll(type.triggers());
    }
    this.gate = Gate.of(all);
    this.nonTriggers = Phrases.anyOf(ruleSet.nonTriggers());
    this.nonTriggerGate = Gate.of(ruleSet.nonTriggers());
  }

  @Override
  public List<EventMention> find(AnalyzedText analyzed) {
    return find(analyzed.text(), analyzed.words());
  }

  /** The triggers in any string, such as a headline, in text order. */
  public List<EventMention> find(String text) {
    return find(text, Words.of(text));
  }

  private List<EventMention> find(String text, Words words) {
    List<EventMention> found = new ArrayList<>();
    int next = 0;
    for (int w = 0; w < words.size(); w++) {
      int start = words.start(w);
      if (start < next) {
        continue;
      }
      boolean trigger = gate.admits(words, w);
      boolean nonTrigger = nonTriggerGate.admits(words, w);
      if (!(trigger || nonTrigger)) {
        continue;
      }
      int best = -1;
      int bestEnd = -1;
      for (int i = 0; trigger && i < perType.size(); i++) {
        if (!typeGates.get(i).admits(words, w)) {
          continue;
        }
        Matcher t = perType.get(i).matcher(text).region(start, text.length()).useTransparentBounds(true);
        if (t.lookingAt() && t.end() > bestEnd) {
          best = i;
          bestEnd = t.end();
        }
      }
      if (nonTrigger) {
        Matcher not = nonTriggers.matcher(text).region(start, text.length()).useTransparentBounds(true);
        if (not.lookingAt() && not.end() >= bestEnd) {
          next = not.end();
          continue;
        }
      }
      if (best >= 0) {
        found.add(new EventMention(types.get(best), new Span(start, bestEnd), text.substring(start, bestEnd)));
        next = bestEnd;
      }
    }
    return found;
  }
}
