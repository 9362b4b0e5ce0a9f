package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.evidence.WorkingCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCopyRepositoryTest {
  @TempDir
  Path dir;

  @Test
  void insert_thenFind_keepsTextMetadataAndTheirHashes() {
    Database db = Database.open(TestDatabases.config(dir));
    Sha256 id = Sha256.of(new byte[] {1});
    WorkingCopy copy = new WorkingCopy("Twenty civilians \u2014 \u0639\u0634\u0631\u0648\u0646",
        ReportMetadata.empty().withPublisher("SANA"));

    db.jdbi().useTransaction(h -> {
      new ReportRepository(h).insert(new Report(id, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH,
          null), 1);
      WorkingCopyRepository copies = new WorkingCopyRepository(h);
      copies.insert(id, copy);

      StoredWorkingCopy stored = copies.find(id).orElseThrow();
      assertThat(stored.recordedTextSha()).isEqualTo(copy.textSha());
      assertThat(stored.recordedMetadataSha()).isEqualTo(copy.metadataSha());
      assertThat(stored.verify()).isEqualTo(copy);
      assertThat(copies.find(Sha256.of(new byte[] {2}))).isEmpty();
    });
  }
}
