package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingTextTest {

  @Test
  void aLeadingByteOrderMarkIsDropped() {
    assertThat(WorkingText.of("\ufeffText")).isEqualTo("Text");
    assertThat(WorkingText.of("Te\ufeffxt")).isEqualTo("Te\ufeffxt");
  }

  @Test
  void everyLineEndingBecomesANewline() {
    assertThat(WorkingText.of("a\r\nb\rc\nd\r\n\r\n")).isEqualTo("a\nb\nc\nd\n\n");
  }
}
