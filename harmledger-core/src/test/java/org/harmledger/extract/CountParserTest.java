package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmledger.model.Count;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class CountParserTest {
  private static final CountParser PARSER = new CountParser(Fixtures.RULES.numbers());

  private static Count count(String text) {
    List<CountMention> found = PARSER.find(text, Words.of(text), 0, text.length());
    assertThat(found).as("counts in '%s'", text).hasSize(1);
    return found.get(0).count();
  }

  @Test
  void digitsAndWords() {
    assertThat(count("1,200")).isEqualTo(Count.exactly(1200));
    assertThat(count("twenty")).isEqualTo(Count.exactly(20));
    assertThat(count("twenty-one")).isEqualTo(Count.exactly(21));
    assertThat(count("one hundred and five")).isEqualTo(Count.exactly(105));
    assertThat(count("two thousand three hundred")).isEqualTo(Count.exactly(2300));
  }

  @Test
  void vagueWordsAreCodedConservativelyAndFlagged() {
    assertThat(count("tens")).isEqualTo(new Count(10, null, true));
    assertThat(count("dozens")).isEqualTo(new Count(12, null, true));
    assertThat(count("a dozen")).isEqualTo(new Count(12, null, true));
    assertThat(count("scores")).isEqualTo(new Count(20, null, true));
    assertThat(count("hundreds")).isEqualTo(new Count(100, null, true));
    assertThat(count("tens of thousands")).isEqualTo(new Count(10000, null, true));
  }

  @Test
  void qualifiersMakeRanges() {
    assertThat(count("at least 20")).isEqualTo(Count.atLeast(20));
    assertThat(count("more than 20")).isEqualTo(Count.atLeast(21));
    assertThat(count("up to 20")).isEqualTo(new Count(1, 20L, false));
    assertThat(count("nearly 20")).isEqualTo(new Count(15, 20L, false));
    assertThat(count("almost 10")).isEqualTo(new Count(8, 10L, false));
    assertThat(count("about 20")).isEqualTo(Count.exactly(20));
    assertThat(count("around 20")).isEqualTo(Count.exactly(20));
    assertThat(count("some 20")).isEqualTo(Count.exactly(20));
  }

  @Test
  void rangesInEitherForm() {
    assertThat(count("between 5 and 10")).isEqualTo(new Count(5, 10L, false));
    assertThat(count("five to ten")).isEqualTo(new Count(5, 10L, false));
    assertThat(count("5-10")).isEqualTo(new Count(5, 10L, false));
  }

  @Test
  void andOnlyJoinsAfterAScaleWord() {
    List<CountMention> found = PARSER.find("five and ten", Words.of("five and ten"), 0, 12);
    assertThat(found).extracting(CountMention::count).containsExactly(Count.exactly(5), Count.exactly(10));
  }

  @Test
  void hugeNumbersAreNotCounts() {
    assertThat(PARSER.find("999999999999999999999 killed", Words.of("999999999999999999999 killed"), 0, 28)).isEmpty();
    assertThat(PARSER.find("20000000 killed", Words.of("20000000 killed"), 0, 15)).isEmpty();
    assertThat(PARSER.find("a million million million million killed", Words.of("a million million million million killed"), 0, 40)).isEmpty();
  }

  @Test
  void spansCoverTheQualifierAndNumber() {
    String text = "killing at least 20 people";
    CountMention m = PARSER.find(text, Words.of(text), 0, text.length()).get(0);
    assertThat(m.span().coveredText(text)).isEqualTo("at least 20");
  }

  @Test
  void agesAreNotCounts() {
    for (String text : List.of("a 12-year-old boy", "an eight-year-old girl", "his 10 year old son", "a boy aged 15",
        "Ahmad, who was nineteen, was killed", "a baby three months old")) {
      assertThat(PARSER.find(text, Words.of(text), 0, text.length())).as(text).isEmpty();
    }
    assertThat(count("12 children were killed")).isEqualTo(org.harmledger.model.Count.exactly(12));
  }

  @Test
  void countsOfManySentencesAreThoseOfEachAloneThoughTheyShareMatchers() {
    String text = "At least 20 died. A 12-year-old boy and five women were hurt. Aged 19, he saw 3 strikes";
    Words words = Words.of(text);
    List<Span> sentences = List.of(new Span(0, 17), new Span(18, 61), new Span(62, text.length()));
    List<List<CountMention>> each = PARSER.find(text, words, sentences);
    assertThat(each).hasSize(3);
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(each.get(i)).isEqualTo(PARSER.find(text, words, sentences.get(i).start(), sentences.get(i).end()));
    }
    assertThat(each.get(0)).extracting(CountMention::count).containsExactly(Count.atLeast(20));
    assertThat(each.get(1)).extracting(CountMention::count).containsExactly(Count.exactly(5));
    assertThat(each.get(2)).extracting(CountMention::count).containsExactly(Count.exactly(3));
  }
}
