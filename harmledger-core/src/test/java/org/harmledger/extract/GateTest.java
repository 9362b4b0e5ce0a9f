package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GateTest {
  @Test
  void admitsFirstWordsPrefixesOfStarredPhrasesAndDigitsWhenAsked() {
    Gate gate = Gate.of(List.of("death toll", "airstrike*"));
    assertThat(gate.admits("death")).isTrue();
    assertThat(gate.admits("toll")).isFalse();
    assertThat(gate.admits("airstrikes")).isTrue();
    assertThat(gate.admits("12")).isFalse();
    assertThat(gate.withDigits().admits("12")).isTrue();
  }

  @Test
  void scanFindsNonOverlappingMatchesOnlyAtAdmittedWords() {
    String text = "the death toll rose; a toll, the death toll";
    List<String> found = new ArrayList<>();
    Gate.of(List.of("death toll")).scan(Phrases.anyOf(List.of("death toll", "toll")), text, Words.of(text), 0,
        text.length(), m -> found.add(m.group()));
    assertThat(found).containsExactly("death toll", "death toll");
  }

  @Test
  void aUnionAdmitsWhatAnyPartAdmitsAndCandidatesNarrowTheScan() {
    Gate a = Gate.of(List.of("yesterday"));
    Gate b = Gate.of(List.of()).withDigits();
    Gate union = Gate.union(List.of(a, b));
    String text = "yesterday 5 people and 6 more";
    Words words = Words.of(text);
    int[] candidates = union.admitted(words, 0, text.length());
    assertThat(candidates).containsExactly(0, 1, 4);
    List<String> digits = new ArrayList<>();
    b.scan(Pattern.compile("\\d+"), text, words, candidates, m -> digits.add(m.group()));
    assertThat(digits).containsExactly("5", "6");
  }

  @Test
  void wordsThatOnlyShareTheFirstLettersOfAPhraseOrPrefixAreNotAdmitted() {
    Gate gate = Gate.of(List.of("death toll", "a", "x*", "kil*"));
    assertThat(gate.admits("death")).isTrue();
    assertThat(gate.admits("deaths")).isFalse();
    assertThat(gate.admits("de")).isFalse();
    assertThat(gate.admits("a")).isTrue();
    assertThat(gate.admits("an")).isFalse();
    assertThat(gate.admits("xylophone")).isTrue();
    assertThat(gate.admits("x")).isTrue();
    assertThat(gate.admits("killed")).isTrue();
    assertThat(gate.admits("ki")).isFalse();
    assertThat(gate.admits("kin")).isFalse();
  }

  @Test
  void theEmptyPrefixAdmitsEveryWord() {
    Gate gate = Gate.of(List.of("*"));
    assertThat(gate.admits("anything")).isTrue();
    assertThat(gate.admits("٣")).isTrue();
  }
}
