package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/**
 * EventTriggerFinder is the stage that finds the trigger phrases of the event taxonomy. One
 * combined pattern finds where triggers start; at each such place the longest trigger of any type
 * wins, so "drone strike" is one drone_strike trigger rather than a drone and a strike. Also used
 * on headlines, where spans point into the title.
 */
public final class EventTriggerFinder implements MentionFinder<EventMention> {
  private final Pattern any;
  private final List<EventType> types = new ArrayList<>();
  private final List<Pattern> perType = new ArrayList<>();

  public EventTriggerFinder(RuleSet ruleSet) {
    List<String> all = new ArrayList<>();
    for (EventType type : ruleSet.eventTypes()) {
      types.add(type);
      perType.add(Phrases.anyOf(type.triggers()));
      all.addAll(type.triggers());
    }
    this.any = Phrases.anyOf(all);
  }

  @Override
  public List<EventMention> find(AnalyzedText analyzed) {
    return find(analyzed.text());
  }

  /** The triggers in any string, such as a headline, in text order. */
  public List<EventMention> find(String text) {
    List<EventMention> found = new ArrayList<>();
    Matcher m = any.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int best = -1;
      int bestEnd = m.end();
      for (int i = 0; i < perType.size(); i++) {
        Matcher t = perType.get(i).matcher(text).region(m.start(), text.length()).useTransparentBounds(true);
        if (t.lookingAt() && (best < 0 || t.end() > bestEnd)) {
          best = i;
          bestEnd = t.end();
        }
      }
      if (best >= 0) {
        found.add(new EventMention(types.get(best), new Span(m.start(), bestEnd), text.substring(m.start(), bestEnd)));
      }
      from = Math.max(bestEnd, m.start() + 1);
    }
    return found;
  }
}
