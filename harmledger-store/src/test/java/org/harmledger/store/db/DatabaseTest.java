package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir
  Path dir;

  @Test
  void open_createsMigratedSqliteFileInWalMode() {
    Database db = Database.open(StorageConfig.of(dir.resolve("data"), null));

    assertThat(dir.resolve("data/harmledger.db")).exists();
    db.jdbi().useHandle(h -> {
      assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualTo("wal");
      assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(10_000);
      List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
          .mapTo(String.class).list();
      assertThat(tables).contains("reports", "working_copies", "receipts", "custody_entries", "extraction_runs",
          "assertions", "minhash_signatures", "minhash_bands");
    });
  }

  @Test
  void open_again_keepsData() {
    StorageConfig config = StorageConfig.of(dir, null);
    Database.open(config).jdbi().useHandle(h -> h.execute(
        "INSERT INTO custody_entries VALUES (1, 't', 'a', 'received', 's', '{}', 'p', 'h')"));

    long rows = Database.open(config).jdbi().withHandle(h ->
        h.createQuery("SELECT COUNT(*) FROM custody_entries").mapTo(Long.class).one());

    assertThat(rows).isEqualTo(1);
  }

  @Test
  void open_dataFolderIsAFile_namesIt() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> Database.open(StorageConfig.of(file, "jdbc:sqlite:" + dir.resolve("x.db"))))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot create data folder " + file);
  }

  @Test
  void open_unreachablePostgres_oneLineWithCredentialsMasked() {
    StorageConfig config = StorageConfig.of(dir, "jdbc:postgresql://127.0.0.1:1/ledger?user=ana&password=s3cret");

    assertThatThrownBy(() -> Database.open(config))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("cannot connect to database jdbc:postgresql://127.0.0.1:1/ledger?user=***&password=***: ")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("\n");
  }
}
