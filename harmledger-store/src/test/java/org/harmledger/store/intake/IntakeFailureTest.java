package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntakeFailureTest {

  @Test
  void theMessageIsSourceAndReasonOnOneLine() {
    IntakeFailure failure = new IntakeFailure("feed.jsonl:17", "malformed JSON (Unexpected\n  end-of-input)");

    assertThat(failure.reason()).isEqualTo("malformed JSON (Unexpected end-of-input)");
    assertThat(failure.message()).isEqualTo("feed.jsonl:17: malformed JSON (Unexpected end-of-input)");
  }

  @Test
  void aFailureNeedsASourceAndAReason() {
    assertThatThrownBy(() -> new IntakeFailure("a.txt", " \n ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntakeFailure(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
