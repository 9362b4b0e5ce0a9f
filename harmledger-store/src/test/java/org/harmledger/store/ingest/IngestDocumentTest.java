package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class IngestDocumentTest {
  @Test
  void original_isCopiedInAndOut() {
    byte[] bytes = {1, 2, 3};
    IngestDocument d = new IngestDocument("a", bytes, "text/plain", "t", ReportMetadata.empty());
    bytes[0] = 9;
    d.original()[1] = 9;

    assertThat(d.original()).containsExactly(1, 2, 3);
    assertThat(d).isEqualTo(new IngestDocument("a", new byte[] {1, 2, 3}, "text/plain", "t", ReportMetadata.empty()));
  }
}
