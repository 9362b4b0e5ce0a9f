package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/** TollRiseFinder is the stage that finds words saying a death toll may still rise ("likely to rise"). */
public final class TollRiseFinder implements MentionFinder<Span> {
  private final Pattern cues;

  public TollRiseFinder(RuleSet ruleSet) {
    this.cues = Phrases.anyOf(ruleSet.casualties().tollRiseCues());
  }

  @Override
  public List<Span> find(AnalyzedText analyzed) {
    List<Span> found = new ArrayList<>();
    Matcher m = cues.matcher(analyzed.text());
    while (m.find()) {
      found.add(new Span(m.start(), m.end()));
    }
    return found;
  }
}
