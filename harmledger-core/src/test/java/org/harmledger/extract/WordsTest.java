package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.harmledger.model.WordRuns;
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

  @Test
  void aSpacingCombiningMarkSplitsWordsThoughTheRunHoldsIt() {
    String text = "कि राष्ट्र";
    Words w = Words.of(text);
    assertThat(w.runs().size()).isEqualTo(2);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      words.add(text.substring(w.start(i), w.end(i)));
    }
    assertThat(words).containsExactly("क", "र", "ष्ट्र");
  }

  @Test
  void wordsKeepTheRunsTheyWereMadeFromForTheOtherTokenizers() {
    WordRuns runs = WordRuns.of("Raqqa's");
    Words w = Words.of(runs);
    assertThat(w.runs()).isSameAs(runs);
    assertThat(w.lower(0)).isEqualTo("raqqa");
    assertThat(w.lower(1)).isEqualTo("s");
  }

  @Test
  void aWordsHeadIsItsFirstTwoLowerCaseCharacters() {
    Words w = Words.of("Death a");
    assertThat(w.head(0)).isEqualTo(Words.head("de"));
    assertThat(Words.firstOfHead(w.head(0))).isEqualTo('d');
    assertThat(w.head(1)).isEqualTo(Words.head("a")).isNotEqualTo(Words.head("ab"));
    assertThat(Words.firstOfHead(w.head(1))).isEqualTo('a');
  }

  @Test
  void knowsWhichWordsAreWrittenInAsciiOnly() {
    Words words = Words.of("Caf\u00e9 in \u212Aabul");
    assertThat(words.ascii(0)).isFalse();
    assertThat(words.ascii(1)).isTrue();
    assertThat(words.ascii(2)).isFalse();
    assertThat(Words.isAscii("Caf\u00e9", 0, 3)).isTrue();
    assertThat(Words.isAscii("Caf\u00e9", 0, 4)).isFalse();
  }
}
