package org.harmledger.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.StorageException;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerBackupTest {
  @TempDir
  Path dir;

  @Test
  void write_dumpsEveryTableAndOriginal_withHashes_andRecordsTheBackupInTheChain() throws Exception {
    try (Ledger ledger = LedgerFixture.open(dir.resolve("data"))) {
      BackupFixture.fill(ledger, 5);
      long entriesBefore = count(ledger, "custody_entries");

      BackupManifest manifest = ledger.backup().write(dir.resolve("backup"), LedgerFixture.ACTOR);

      assertThat(manifest.reports()).isEqualTo(8);
      assertThat(manifest.evidence()).hasSize(8);
      assertThat(manifest.custodyHead().seq()).isEqualTo(entriesBefore);
      assertThat(manifest.database()).isEqualTo(TestDatabases.postgres() ? "postgresql" : "sqlite");
      assertThat(manifest.tables()).extracting(BackupManifest.TableFile::table)
          .contains("reports", "working_copies", "custody_entries", "receipts", "extraction_runs", "assertions",
              "minhash_signatures", "minhash_bands")
          .doesNotContain("flyway_schema_history");
      assertThat(Files.readAllLines(dir.resolve("backup/tables/reports.jsonl"))).hasSize(8);
      assertThat(BackupManifest.read(dir.resolve("backup"))).isEqualTo(manifest);
      ledger.database().jdbi().useHandle(h -> assertThat(ledger.custody().entriesFor(h, "ledger"))
          .extracting(CustodyEntry::action).containsExactly("exported"));
    }
  }

  @Test
  void write_intoAFolderThatIsNotEmpty_isRefused() throws Exception {
    Files.createDirectories(dir.resolve("backup"));
    Files.writeString(dir.resolve("backup/old.txt"), "x");
    try (Ledger ledger = LedgerFixture.open(dir.resolve("data"))) {
      assertThatThrownBy(() -> ledger.backup().write(dir.resolve("backup"), LedgerFixture.ACTOR))
          .isInstanceOf(StorageException.class)
          .hasMessage(dir.resolve("backup") + ": backup folder is not empty");
    }
  }

  @Test
  void write_whileAnIngestRuns_capturesOneConsistentState_thatRestoresIntact() throws Exception {
    try (Ledger ledger = LedgerFixture.open(dir.resolve("data"))) {
      BackupFixture.fill(ledger, 0);
      CompletableFuture<?> writer = CompletableFuture.runAsync(() -> BackupFixture.fill(ledger, 400));

      BackupManifest manifest = ledger.backup().write(dir.resolve("backup"), LedgerFixture.ACTOR);
      writer.get();

      try (Ledger restored = restore(dir.resolve("backup"), dir.resolve("restored"))) {
        assertThat(count(restored, "reports")).isEqualTo(manifest.reports());
        assertThat(restored.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
      }
    }
  }

  private static Ledger restore(Path backup, Path data) {
    var target = TestDatabases.config(data);
    new LedgerRestore(LedgerFixture.CLOCK).restore(backup, target, LedgerFixture.ACTOR);
    return Ledger.open(target, LedgerFixture.CLOCK);
  }

  static long count(Ledger ledger, String table) {
    return ledger.database().jdbi().withHandle(h ->
        h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }
}
