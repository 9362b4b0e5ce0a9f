package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeTest {
  @Test
  void agesWithinTheToleranceAgree() {
    assertThat(Age.years(34).agreesWith(Age.years(36), 2)).isTrue();
    assertThat(Age.years(34).agreesWith(Age.years(37), 2)).isFalse();
    assertThat(Age.years(37).agreesWith(Age.years(34), 2)).isFalse();
  }

  @Test
  void rangesAgreeWhenTheirGapIsWithinTheTolerance() {
    Age child = new Age(0, 17, "child");
    assertThat(child.agreesWith(Age.years(19), 2)).isTrue();
    assertThat(child.agreesWith(Age.years(20), 2)).isFalse();
    assertThat(new Age(60, null, null).agreesWith(Age.years(90), 2)).isTrue();
  }

  @Test
  void unknownAgeIsNeitherAgreementNorDisagreement() {
    assertThat(Age.unknown().agreesWith(Age.years(3), 2)).isNull();
  }

  @Test
  void codesAsWrittenInTheImportFormat() {
    assertThat(Age.years(7).code()).isEqualTo("7");
    assertThat(new Age(30, 39, null).code()).isEqualTo("30-39");
    assertThat(new Age(60, null, null).code()).isEqualTo("60+");
    assertThat(new Age(0, 17, "child").code()).isEqualTo("child");
    assertThat(Age.unknown().code()).isEmpty();
  }

  @Test
  void rangeEndingBeforeItStarts_exception() {
    assertThatThrownBy(() -> new Age(10, 5, null)).hasMessageContaining("10, 5");
  }
}
