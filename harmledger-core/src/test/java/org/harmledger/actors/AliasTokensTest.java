package org.harmledger.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasTokensTest {

  private static List<String> raw(String text) {
    AliasTokens t = AliasTokens.of(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.raw(i));
    }
    return out;
  }

  @Test
  void keepsAbbreviationsAndInnerApostrophesAndDropsPossessives() {
    assertThat(raw("U.S. and U.N. said ISIL's Da'esh")).containsExactly("U.S", "and", "U.N", "said", "ISIL", "Da'esh");
  }

  @Test
  void wordsJoinThroughSpacesHyphensAndQuotesButNotPunctuation() {
    AliasTokens t = AliasTokens.of("US-led “international coalition”, then");
    assertThat(t.joinsNext(0)).isTrue();
    assertThat(t.joinsNext(1)).isTrue();
    assertThat(t.joinsNext(2)).isTrue();
    assertThat(t.joinsNext(3)).isFalse();
  }

  @Test
  void foldsCaseDiacriticsAndArabicLetterForms() {
    AliasTokens t = AliasTokens.of("Médecins إسرائيل");
    assertThat(t.folded(0)).isEqualTo("medecins");
    assertThat(t.folded(1)).isEqualTo(AliasTokens.of("اسرائيل").folded(0));
  }

  @Test
  void acronymsAreAllCapitalsOfTwoOrMoreLetters() {
    assertThat(AliasTokens.isAcronym("US")).isTrue();
    assertThat(AliasTokens.isAcronym("U.S")).isTrue();
    assertThat(AliasTokens.isAcronym("Us")).isFalse();
    assertThat(AliasTokens.isAcronym("A")).isFalse();
    assertThat(AliasTokens.isAcronym("داعش")).isFalse();
  }

  @Test
  void aWordStartingWithALetterThatIsNotACapitalCannotBeAnAcronym() {
    AliasTokens t = AliasTokens.of("us US 5G ʼAin");
    assertThat(t.cannotBeAcronym(0)).isTrue();
    assertThat(AliasTokens.isAcronym(t.raw(0))).isFalse();
    assertThat(t.cannotBeAcronym(1)).isFalse();
    assertThat(t.cannotBeAcronym(2)).isFalse();
    assertThat(t.cannotBeAcronym(3)).isTrue();
  }

  @Test
  void theLastWordJoinsNothing() {
    AliasTokens t = AliasTokens.of("Syrian Army");
    assertThat(t.joinsNext(0)).isTrue();
    assertThat(t.joinsNext(1)).isFalse();
  }

  @Test
  void periodsJoinChainsOfSingleCapitalsOnly() {
    assertThat(raw("U.S.A. forces, A.B. Smith, US.Army and e.g. this")).containsExactly("U.S.A", "forces", "A.B", "Smith", "US",
        "Army", "and", "e", "g", "this");
  }
}
