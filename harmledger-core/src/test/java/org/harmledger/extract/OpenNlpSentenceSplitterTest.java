package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = OpenNlpSentenceSplitter.fromClasspath(Fixtures.RULES.sentenceModel());

  private static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().map(s -> s.coveredText(text)).toList();
  }

  @Test
  void splitsSentencesWithinALine() {
    assertThat(sentences("Shelling hit the town on Monday. Five people were hurt."))
        .containsExactly("Shelling hit the town on Monday.", "Five people were hurt.");
  }

  @Test
  void lineBreaksEndSentencesSoHeadlinesStandAlone() {
    assertThat(sentences("Strikes hit Idlib\n\n  Ten were killed.\r\nMore later"))
        .containsExactly("Strikes hit Idlib", "Ten were killed.", "More later");
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(SPLITTER.split("")).isEmpty();
    assertThat(SPLITTER.split(" \n\t ")).isEmpty();
  }

  @Test
  void spansAreTrimmedAndInOrder() {
    String text = "  One.   Two.  ";
    List<Span> spans = SPLITTER.split(text);
    assertThat(spans).containsExactly(new Span(2, 6), new Span(9, 13));
  }

  @Test
  void aPieceStartingWithADigitOrLowerCaseContinuesTheSentence() {
    assertThat(sentences("Jets struck Baghuz on Jan. 18, 2019, the task force said on Tuesday. It is assessing them."))
        .containsExactly("Jets struck Baghuz on Jan. 18, 2019, the task force said on Tuesday.", "It is assessing them.");
    assertThat(sentences("The strike killed 7 people in Douma. 12 more died later.")).hasSize(2);
  }

  @Test
  void aHardWrappedLineRunsOnIntoTheNext() {
    String letter = "Damascus, 19 January 2019\n"
        + "On Friday, 18 January 2019, aircraft of the so-called international coalition led by the United\n"
        + "States carried out raids on the village of al-Baghouz Foqani. The raids killed twenty civilians.\n"
        + "The Syrian Arab Republic demands that the Security Council:\n"
        + "(a) act immediately to stop the crimes committed by the coalition against the Syrian people;\n"
        + "(b) establish a mechanism.";
    assertThat(sentences(letter)).containsExactly("Damascus, 19 January 2019",
        "On Friday, 18 January 2019, aircraft of the so-called international coalition led by the United\n"
            + "States carried out raids on the village of al-Baghouz Foqani.",
        "The raids killed twenty civilians.",
        "The Syrian Arab Republic demands that the Security Council:",
        "(a) act immediately to stop the crimes committed by the coalition against the Syrian people;",
        "(b) establish a mechanism.");
  }
}
