package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class JoinedFiguresTest {
  private static final JoinedFigures JOINS = new JoinedFigures(Fixtures.RULES.casualties());

  private static List<CountMention> singles(String text) {
    AnalyzedText t = Fixtures.analyzed(text, null);
    return JOINS.withSingles(text, t.words(), t.sentences().get(0), List.of());
  }

  @Test
  void anArticleOrPossessiveBeforeASingularPersonIsOne() {
    String text = "Shells killed a young woman and her son near a house.";
    assertThat(singles(text)).extracting(c -> new Span(c.span().start(), c.span().end()).coveredText(text))
        .containsExactly("a", "her");
    assertThat(singles(text)).allMatch(c -> c.count().equals(Count.exactly(1)));
  }

  @Test
  void aFigureJoinedToTheOneBeforeTakesItsOutcome() {
    String text = "Jets killed 3 civilians and 2 fighters.";
    AnalyzedText t = Fixtures.analyzed(text, null);
    CasualtyMention first = new CasualtyMention(Outcome.KILLED, CasualtyCategory.CIVILIANS, Count.exactly(3),
        new Span(5, 23), false);
    CountMention two = new CountMention(Count.exactly(2), new Span(28, 29));
    CasualtyMention joined = JOINS.continued(text, t.sentences().get(0), two, first);
    assertThat(joined.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(joined.category()).isEqualTo(CasualtyCategory.COMBATANTS);
  }

  @Test
  void othersAfterCiviliansAreCiviliansOnlyWhenExact() {
    String text = "It killed 4 civilians and injured 11 others.";
    CasualtyMention civilians = new CasualtyMention(Outcome.KILLED, CasualtyCategory.CIVILIANS, Count.exactly(4),
        new Span(3, 21), false);
    CasualtyMention others = new CasualtyMention(Outcome.INJURED, CasualtyCategory.TOTAL, Count.exactly(11),
        new Span(26, 43), false);
    assertThat(JOINS.othersOf(text, others, civilians).category()).isEqualTo(CasualtyCategory.CIVILIANS);
    CasualtyMention vague = new CasualtyMention(Outcome.INJURED, CasualtyCategory.TOTAL, new Count(10, null, true),
        new Span(26, 43), false);
    assertThat(JOINS.othersOf(text, vague, civilians).category()).isEqualTo(CasualtyCategory.TOTAL);
  }
}
