package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void mostlyArabicLettersIsArabic() {
    assertThat(LanguageGuess.of("قصف طيران التحالف قرية الباغوز فوقاني (SANA) 2019")).isEqualTo("ar");
  }

  @Test
  void mostlyLatinLettersOrNoLettersIsEnglish() {
    assertThat(LanguageGuess.of("The coalition struck al-Baghouz (الباغوز).")).isEqualTo("en");
    assertThat(LanguageGuess.of("2019-01-20 !!")).isEqualTo("en");
  }

  @Test
  void exactlyHalfIsNotMost() {
    assertThat(LanguageGuess.of("ab قص")).isEqualTo("en");
    assertThat(LanguageGuess.of("ab قصف")).isEqualTo("ar");
  }
}
