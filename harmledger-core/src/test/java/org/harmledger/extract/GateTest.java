package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GateTest {
  private static boolean admits(Gate gate, String word) {
    Words words = Words.of(word);
    assertThat(words.size()).isEqualTo(1);
    return gate.admits(words, 0);
  }

  @Test
  void admitsFirstWordsPrefixesOfStarredPhrasesAndDigitsWhenAsked() {
    Gate gate = Gate.of(List.of("death toll", "airstrike*"));
    assertThat(admits(gate, "death")).isTrue();
    assertThat(admits(gate, "toll")).isFalse();
    assertThat(admits(gate, "airstrikes")).isTrue();
    assertThat(admits(gate, "12")).isFalse();
    assertThat(admits(gate.withDigits(), "12")).isTrue();
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
    assertThat(admits(gate, "death")).isTrue();
    assertThat(admits(gate, "deaths")).isFalse();
    assertThat(admits(gate, "de")).isFalse();
    assertThat(admits(gate, "a")).isTrue();
    assertThat(admits(gate, "an")).isFalse();
    assertThat(admits(gate, "xylophone")).isTrue();
    assertThat(admits(gate, "x")).isTrue();
    assertThat(admits(gate, "killed")).isTrue();
    assertThat(admits(gate, "ki")).isFalse();
    assertThat(admits(gate, "kin")).isFalse();
  }

  @Test
  void theEmptyPrefixAdmitsEveryWord() {
    Gate gate = Gate.of(List.of("*"));
    assertThat(admits(gate, "anything")).isTrue();
    assertThat(admits(gate, "٣")).isTrue();
  }

  @Test
  void mayMatchLooksAtEveryWordOfTheRegionCutAtItsBounds() {
    Gate gate = Gate.exact(List.of("no", "kill*"));
    String text = "unknown men were killed";
    Words words = Words.of(text);
    assertThat(gate.mayMatch(text, words, 0, text.length())).isTrue();
    assertThat(gate.mayMatch(text, words, 0, 12)).isFalse();
    // Cut by the region, "unknown" shows "no" where the regex would see it too, and "nown" where it would not.
    assertThat(gate.mayMatch(text, words, 3, 5)).isTrue();
    assertThat(gate.mayMatch(text, words, 3, 7)).isFalse();
    assertThat(gate.mayMatch(text, words, 1, 5)).isFalse();
    assertThat(gate.mayMatch(text, words, 17, 20)).isTrue();
    assertThat(gate.mayMatch(text, words, 5, 5)).isFalse();
  }

  @Test
  void anExactGateKnowsAPhraseByItsLongestPlainWordOrElseAdmitsEveryWord() {
    String text = "a caf\u00e9 in town";
    Words words = Words.of(text);
    assertThat(Gate.exact(List.of("town")).mayMatch(text, words, 0, 1)).isFalse();
    assertThat(Gate.exact(List.of("in recent years", "a cafe")).mayMatch(text, words, 7, text.length())).isFalse();
    assertThat(Gate.exact(List.of("in recent years", "a town")).mayMatch(text, words, 7, text.length())).isTrue();
    assertThat(Gate.exact(List.of("in recent years", "a town")).mayMatch(text, words, 7, 12)).isFalse();
    assertThat(Gate.exact(List.of("\"quoted\"")).mayMatch(text, words, 7, text.length())).isFalse();
    assertThat(Gate.exact(List.of("town", "caf\u00e9")).mayMatch(text, words, 0, 1)).isTrue();
    assertThat(Gate.exact(List.of("town", "mid*dle")).mayMatch(text, words, 0, 1)).isTrue();
  }

  @Test
  void mayMatchAdmitsAWordBeyondAsciiWhateverTheGate() {
    String text = "n\u00f6 one";
    assertThat(Gate.exact(List.of("town")).mayMatch(text, Words.of(text), 0, text.length())).isTrue();
    assertThat(Gate.exact(List.of("town")).mayMatch(text, Words.of(text), 3, text.length())).isFalse();
  }

  @Test
  void firstWordsAdmitTheWordsAPhraseStartsWith() {
    String text = "not a single killing";
    Words words = Words.of(text);
    Gate gate = Gate.firstWords(List.of("not a single", "kill*"));
    assertThat(gate.admits(words, 0)).isTrue();
    assertThat(gate.admits(words, 2)).isFalse();
    assertThat(gate.admits(words, 3)).isTrue();
    assertThat(gate.cutAdmits(text, 0, 2)).isFalse();
    assertThat(Gate.firstWords(List.of("caf\u00e9")).admits(words, 2)).isTrue();
  }
}
