package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "al-Baghouz Foqani | Baghouz Foqani",
      "Ar Raqqah | al-Raqqa",
      "Ḩarastā | Harasta",
      "Jisr ash Shughūr | Jisr al-Shughur",
      "Ma‘arrat an Nu‘mān | Ma'arrat al-Nu'man",
      "Deir ez-Zor | Deir al-Zor",
      "Hamah | Hama",
  })
  void transliterationVariantsShareTheExactKey(String a, String b) {
    assertThat(PlaceNames.key(a)).isEqualTo(PlaceNames.key(b)).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "الباغوز فوقاني | باغوز فوقاني",
      "إدلب | ادلب",
      "الرقّة | الرقه",
      "حماة | حماه",
      "الميادين | ميادين",
      "ديالى | ديالي",
      "ٱلرقة | الرقة",
      "تلـعفر | تلعفر",
  })
  void arabicSpellingVariantsShareTheExactKey(String a, String b) {
    assertThat(PlaceNames.key(a)).isEqualTo(PlaceNames.key(b)).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Baghouz Foqani | Baghuz Fawqani",
      "al-Baghouz Fouqani | Baghouz al-Fawqani",
      "Deir Ezzor | Dayr az Zawr",
      "Deir Ezzor | Deir ez-Zor",
      "Maarat al-Numan | Ma'arrat al-Nu'man",
      "Khan Shaykhun | Khan Sheikhoun",
      "Jisr al-Shughour | Jisr ash Shughur",
  })
  void spellingVariantsShareTheSkeleton(String a, String b) {
    assertThat(PlaceNames.skeleton(a)).isEqualTo(PlaceNames.skeleton(b)).isNotEmpty();
  }

  @Test
  void skeletonFoldsDigraphsAndDropsVowels() {
    assertThat(PlaceNames.skeleton("Baghouz Foqani")).isEqualTo("bgzfkn");
    assertThat(PlaceNames.skeleton("Khan Sheikhoun")).isEqualTo("knxkn");
    assertThat(PlaceNames.skeleton("Deir Ezzor")).isEqualTo("drzr");
  }

  @Test
  void shortNamesHaveNoSkeleton() {
    assertThat(PlaceNames.skeleton("Hama")).isEmpty();
    assertThat(PlaceNames.skeleton("Raqa")).isEmpty();
  }

  @Test
  void singleWordsHaveASkeletonButMatchOnlyOneLetterApart() {
    assertThat(PlaceNames.skeleton("Mhambal")).isEqualTo(PlaceNames.skeleton("Muhambal")).isEqualTo("mhmbl");
    assertThat(PlaceNames.closeSpelling("mhambal", "muhambal")).isTrue();
    assertThat(PlaceNames.closeSpelling("shirqat", "sharqat")).isTrue();
    assertThat(PlaceNames.closeSpelling("palmer", "palmyra")).isFalse();
    assertThat(PlaceNames.closeSpelling("mahmoudi", "mahmudiya")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "baghouz fouqani | baghouz foqani | true",
      "deir ezzor | deir zor | true",
      "khan shaykhoun | khan shaykhun | true",
      "aron xu | rankus | false",
      "terms | tremse | false",
  })
  void closeSpellingAllowsAQuarterOfTheLetters(String a, String b, boolean close) {
    assertThat(PlaceNames.closeSpelling(a, b)).isEqualTo(close);
  }

  @Test
  void arabicNamesHaveNoSkeleton() {
    assertThat(PlaceNames.skeleton("دير الزور")).isEmpty();
  }

  @Test
  void anArticleAloneKeepsItsKey() {
    assertThat(PlaceNames.key("Al")).isEqualTo("al");
    assertThat(PlaceNames.key("al-Bab")).isEqualTo("bab");
  }

  @Property(tries = 2000)
  void anAsciiTokenHasTheKeyTheUnicodeStepsGiveIt(@ForAll @CharRange(from = 0, to = 127) String token) {
    assertThat(PlaceNames.asciiTokenKey(token)).isEqualTo(PlaceNames.unicodeTokenKey(token));
  }

  @Test
  void asciiKeysLowerCaseDropApostrophesAndTaMarbuta() {
    assertThat(PlaceNames.asciiTokenKey("Ma'arrat")).isEqualTo("maarrat");
    assertThat(PlaceNames.asciiTokenKey("RAQQAH")).isEqualTo("raqqa");
    assertThat(PlaceNames.asciiTokenKey("town")).isEqualTo("town");
    assertThat(PlaceNames.asciiTokenKey("Ma’arrat")).isNull();
    assertThat(PlaceNames.tokenKey("Ma’arrat")).isEqualTo("maarrat");
  }

  @Test
  void articlesAreTheListedSpellingsOnly() {
    assertThat(PlaceNames.isArticle("al")).isTrue();
    assertThat(PlaceNames.isArticle("ash")).isTrue();
    assertThat(PlaceNames.isArticle("a")).isFalse();
    assertThat(PlaceNames.isArticle("alx")).isFalse();
    assertThat(PlaceNames.isArticle("raqqa")).isFalse();
  }
}
