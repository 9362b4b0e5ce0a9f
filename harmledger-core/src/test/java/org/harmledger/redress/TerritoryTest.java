package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerritoryTest {
  @Test
  void adminAreasCompareByTheirLetters() {
    Territory t = new Territory("sy", "Deir ez-Zor");
    assertThat(t.contains("SY", "Deir Ezzor")).isTrue();
    assertThat(t.contains("SY", "Raqqa")).isFalse();
    assertThat(t.contains("IQ", "Deir ez-Zor")).isFalse();
    assertThat(t.contains("SY", null)).isFalse();
  }

  @Test
  void aWholeCountryContainsEveryAdminArea() {
    assertThat(new Territory("IQ", null).contains("IQ", "Nineveh")).isTrue();
    assertThat(new Territory("IQ", null).contains(null, null)).isFalse();
  }
}
