package org.harmledger.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;

class WorkingCopyTest {
  @Test
  void hashes_areOfTheUtf8BytesOfEachPart() {
    WorkingCopy copy = new WorkingCopy("Dayr al-Zawr \u062f\u064a\u0631", ReportMetadata.empty().withTitle("t"));

    assertThat(copy.textSha()).isEqualTo(Sha256.of(copy.text().getBytes(StandardCharsets.UTF_8)));
    assertThat(copy.metadataSha()).isEqualTo(Sha256.of(copy.metadataJson().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void metadataHash_changesWithMetadata() {
    WorkingCopy a = new WorkingCopy("x", ReportMetadata.empty().withTitle("one"));
    WorkingCopy b = new WorkingCopy("x", ReportMetadata.empty().withTitle("two"));

    assertThat(a.textSha()).isEqualTo(b.textSha());
    assertThat(a.metadataSha()).isNotEqualTo(b.metadataSha());
  }
}
