package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
  @Test
  void line_andFailedCount() {
    IngestSummary s = new IngestSummary(3, 1, 2, List.of(new IngestFailure("x.txt", "empty")));

    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.line()).isEqualTo("stored 3, duplicates 1, republications 2, failed 1");
  }
}
