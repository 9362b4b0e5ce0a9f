package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokensTest {

  private static List<String> tokens(String text) {
    TextTokens t = TextTokens.of(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.token(i));
    }
    return out;
  }

  @Test
  void splitsOnSpacesHyphensAndPunctuation() {
    assertThat(tokens("in al-Baghouz Foqani, Deir Ezzor.")).containsExactly("in", "al", "Baghouz", "Foqani", "Deir", "Ezzor");
  }

  @Test
  void keepsApostrophesInsideWordsAndDropsPossessives() {
    assertThat(tokens("Ma'arrat and Raqqa's 'quoted'")).containsExactly("Ma'arrat", "and", "Raqqa", "quoted");
  }

  @Test
  void tokensJoinAcrossSpaceOrOneHyphenButNotPunctuation() {
    TextTokens t = TextTokens.of("al-Bab, Hama\nHoms  Idlib");
    assertThat(t.joinsNext(0)).isTrue();
    assertThat(t.hyphenNext(0)).isTrue();
    assertThat(t.joinsNext(1)).isFalse();
    assertThat(t.joinsNext(2)).isFalse();
    assertThat(t.joinsNext(3)).isTrue();
    assertThat(t.hyphenNext(3)).isFalse();
    assertThat(t.joinsNext(4)).isFalse();
  }

  @Test
  void arabicWordsWithHarakatAreOneToken() {
    assertThat(tokens("قُتِلَ في الرَّقَّة")).hasSize(3);
  }

  @Test
  void anApostropheJoinsOnlyBeforeALetterAndChainsAcrossSeveral() {
    assertThat(tokens("Ma'arrat's Ra's'al 5'6 rock'n'roll")).containsExactly("Ma'arrat", "Ra's'al", "5", "6", "rock'n'roll");
  }
}
