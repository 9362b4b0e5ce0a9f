package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void wordsAreRunsOfLettersAndDigitsWithOffsetsAndLowerCase() {
    String text = "Twenty-one killed, 1,200 fled Ma‘arrat.";
    Words w = Words.of(text);
    assertThat(w.size()).isEqualTo(8);
    assertThat(w.lower(0)).isEqualTo("twenty");
    assertThat(w.lower(1)).isEqualTo("one");
    assertThat(text.substring(w.start(3), w.end(3))).isEqualTo("1");
    assertThat(w.lower(7)).isEqualTo("arrat");
  }

  @Test
  void findsTheFirstWordAtOrAfterAnOffset() {
    Words w = Words.of("ab  cd ef");
    assertThat(w.firstAtOrAfter(0)).isZero();
    assertThat(w.firstAtOrAfter(1)).isEqualTo(1);
    assertThat(w.firstAtOrAfter(4)).isEqualTo(1);
    assertThat(w.firstAtOrAfter(9)).isEqualTo(3);
  }

  @Test
  void emptyTextHasNoWords() {
    assertThat(Words.of("").size()).isZero();
    assertThat(Words.of(" ,. ").size()).isZero();
  }
}
