package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/** TollRiseFinder is the stage that finds words saying a death toll may still rise ("likely to rise"). */
public final class TollRiseFinder implements MentionFinder<Span> {
  private final Pattern cues;
  private final Gate gate;

  public TollRiseFinder(RuleSet ruleSet) {
    this.cues = Phrases.anyOf(ruleSet.casualties().tollRiseCues());
    this.gate = Gate.of(ruleSet.casualties().tollRiseCues());
  }

  @Override
  public List<Span> find(AnalyzedText analyzed) {
    List<Span> found = new ArrayList<>();
    String text = analyzed.text();
    gate.scan(cues, text, analyzed.words(), 0, text.length(), m -> found.add(new Span(m.start(), m.end())));
    return found;
  }
}
