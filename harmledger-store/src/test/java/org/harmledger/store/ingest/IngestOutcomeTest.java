package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestOutcomeTest {
  @Test
  void reason_onlyWithFailure() {
    assertThatThrownBy(() -> new IngestOutcome("a", IngestOutcome.Kind.STORED, null, "why"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IngestOutcome("a", IngestOutcome.Kind.FAILED, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
