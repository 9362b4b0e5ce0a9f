package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
  @TempDir
  Path dir;

  private static final String ENTRY = "INSERT INTO custody_entries VALUES (?, 't', 'a', 'received', 's', '{}', 'p', 'h')";

  @Test
  void snapshot_seesTheStateWhenOpened_whileAWriterCommitsMore() {
    try (Database db = Database.open(TestDatabases.config(dir))) {
      db.jdbi().useHandle(h -> h.execute(ENTRY, 1));

      try (Snapshot snapshot = db.openSnapshot()) {
        db.jdbi().useTransaction(h -> h.execute(ENTRY, 2));

        assertThat(count(snapshot, "custody_entries")).isEqualTo(1);
        assertThat(count(snapshot, "reports")).isZero();
      }
      try (Snapshot later = db.openSnapshot()) {
        assertThat(count(later, "custody_entries")).isEqualTo(2);
      }
    }
  }

  private static long count(Snapshot snapshot, String table) {
    return snapshot.handle().createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
  }
}
