package org.harmledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordRunsTest {

  private static List<String> runs(String text) {
    WordRuns r = WordRuns.of(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      out.add(text.substring(r.start(i), r.end(i)));
    }
    return out;
  }

  @Test
  void runsAreLettersDigitsAndMarksBetweenAnythingElse() {
    assertThat(runs("Twenty-one killed, 1,200 fled Ma'arrat.")).containsExactly("Twenty", "one", "killed", "1", "200", "fled",
        "Ma", "arrat");
  }

  @Test
  void arabicHarakatAndLatinCombiningMarksStayInsideTheRun() {
    assertThat(runs("مَعَرَّة النعمان")).containsExactly("مَعَرَّة", "النعمان");
    assertThat(runs("Hara\u0301sta\u0301 town")).containsExactly("Hara\u0301sta\u0301", "town");
  }

  @Test
  void aModifierLetterApostropheIsALetterButTheOtherApostrophesAreNot() {
    assertThat(runs("Maʼarrat Ma’arrat Ma`arrat")).containsExactly("Maʼarrat", "Ma", "arrat", "Ma", "arrat");
  }

  @Test
  void aRunSaysWhetherItHoldsASpacingCombiningMark() {
    WordRuns r = WordRuns.of("राष्ट्र and कि");
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.hasSpacingMark(0)).isTrue();
    assertThat(r.hasSpacingMark(1)).isFalse();
    assertThat(r.hasSpacingMark(2)).isTrue();
  }

  @Test
  void emptyOrWordlessTextHasNoRunsAndKeepsItsText() {
    assertThat(WordRuns.of("").size()).isZero();
    WordRuns r = WordRuns.of(" ,.— ");
    assertThat(r.size()).isZero();
    assertThat(r.text()).isEqualTo(" ,.— ");
  }

  @Test
  void manyShortWordsGrowTheTables() {
    String text = "a ".repeat(1000);
    assertThat(WordRuns.of(text).size()).isEqualTo(1000);
    assertThat(WordRuns.of(text).end(999)).isEqualTo(1999);
  }
}
