package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptRepositoryTest {
  @TempDir
  Path dir;

  @Test
  void countFor_countsEachArrivalOfTheReport() {
    Database db = Database.open(TestDatabases.config(dir));
    Sha256 a = Sha256.of(new byte[] {1});
    Sha256 b = Sha256.of(new byte[] {2});

    db.jdbi().useTransaction(h -> {
      ReportRepository reports = new ReportRepository(h);
      reports.insert(new Report(a, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH, null), 1);
      reports.insert(new Report(b, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH, null), 2);
      ReceiptRepository receipts = new ReceiptRepository(h);
      receipts.insert(1, a, "a.txt", Instant.EPOCH);
      receipts.insert(2, b, "b.txt", Instant.EPOCH);
      receipts.insert(3, a, "again/a.txt", Instant.EPOCH.plusSeconds(60));

      assertThat(receipts.countFor(a)).isEqualTo(2);
      assertThat(receipts.countFor(b)).isEqualTo(1);
      assertThat(h.createQuery("SELECT source FROM receipts WHERE custody_seq = 3").mapTo(String.class).one())
          .isEqualTo("again/a.txt");
    });
  }
}
