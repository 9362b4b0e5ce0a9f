package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.evidence.WorkingCopy;
import org.junit.jupiter.api.Test;

class StoredWorkingCopyTest {
  private static final Sha256 ID = Sha256.of(new byte[] {1});
  private static final WorkingCopy COPY = new WorkingCopy("eleven killed", ReportMetadata.empty());

  private static StoredWorkingCopy stored(String text, String metadataJson) {
    return new StoredWorkingCopy(ID, text, metadataJson, COPY.textSha(), COPY.metadataSha());
  }

  @Test
  void verify_intact_givesTheWorkingCopy() {
    assertThat(stored(COPY.text(), COPY.metadataJson()).verify()).isEqualTo(COPY);
  }

  @Test
  void problems_nameEachAlteredPart() {
    StoredWorkingCopy edited = stored("twelve killed", COPY.metadataJson().replace("other", "news"));

    assertThat(edited.problems()).hasSize(2);
    assertThat(edited.problems().get(0)).startsWith("working copy text altered (expected sha " + COPY.textSha());
    assertThat(edited.problems().get(1)).startsWith("working copy metadata altered");
    assertThatThrownBy(edited::verify).hasMessageStartingWith("report " + ID + ": working copy text altered");
  }
}
