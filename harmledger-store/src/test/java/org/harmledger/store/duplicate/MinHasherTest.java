package org.harmledger.store.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.store.Texts;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher hasher = new MinHasher();

  private double similarity(String a, String b) {
    return hasher.sign(a).orElseThrow().similarity(hasher.sign(b).orElseThrow());
  }

  @Test
  void republication_newHeadlineCreditLineAndSmallEdits_isAboveThreshold() {
    assertThat(similarity(Texts.MARKET_STORY, Texts.MARKET_REPUBLISHED)).isGreaterThanOrEqualTo(MinHasher.THRESHOLD);
  }

  @Test
  void differentStoryAboutTheSameEvent_isWellBelowThreshold() {
    assertThat(similarity(Texts.MARKET_STORY, Texts.MARKET_OTHER_ACCOUNT)).isLessThan(0.2);
  }

  @Test
  void normalisation_ignoresCasePunctuationAndSpacing() {
    assertThat(similarity("Eleven people were KILLED, said the ministry.", "eleven  people were killed said the ministry"))
        .isEqualTo(1.0);
  }

  @Test
  void sign_isDeterministicAcrossInstances() {
    assertThat(new MinHasher().sign(Texts.MARKET_STORY)).isEqualTo(hasher.sign(Texts.MARKET_STORY));
  }

  @Test
  void sign_textWithoutWords_isEmpty() {
    assertThat(hasher.sign(" -- ,, ")).isEmpty();
  }

  @Test
  void sign_shortText_isOneShingle() {
    assertThat(similarity("two words", "two words")).isEqualTo(1.0);
    assertThat(similarity("two words", "other words")).isLessThan(0.1);
  }

  @Test
  void words_keepArabicLettersAndDigits() {
    assertThat(MinHasher.words("\u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631: 20 civilians"))
        .containsExactly("\u062f\u064a\u0631", "\u0627\u0644\u0632\u0648\u0631", "20", "civilians");
  }
}
