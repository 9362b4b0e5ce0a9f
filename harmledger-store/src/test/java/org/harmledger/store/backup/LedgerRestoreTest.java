package org.harmledger.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRestoreTest {
  @TempDir
  Path dir;

  private Path backup() {
    return dir.resolve("backup");
  }

  private List<String> backUp(StorageConfig source) {
    try (Ledger ledger = Ledger.open(source, LedgerFixture.CLOCK)) {
      BackupFixture.fill(ledger, 20);
      List<String> content = BackupFixture.content(ledger.database().jdbi());
      ledger.backup().write(backup(), LedgerFixture.ACTOR);
      return content;
    }
  }

  @Test
  void restore_intoAFreshDataFolder_bringsBackEveryRowAndOriginal_andVerifies() {
    List<String> original = backUp(TestDatabases.config(dir.resolve("data")));
    StorageConfig target = TestDatabases.config(dir.resolve("restored"));

    LedgerRestore.Result result = new LedgerRestore(LedgerFixture.CLOCK).restore(backup(), target, LedgerFixture.ACTOR);

    assertThat(result.reports()).isEqualTo(23);
    try (Ledger restored = Ledger.open(target, LedgerFixture.CLOCK)) {
      List<String> content = BackupFixture.content(restored.database().jdbi());
      assertThat(content.stream().filter(r -> !r.startsWith("custody"))).containsExactlyElementsOf(
          original.stream().filter(r -> !r.startsWith("custody")).toList());
      // The chain is the backed-up one, plus the entry recording the restore.
      assertThat(content.stream().filter(r -> r.startsWith("custody")).toList()).startsWith(
          original.stream().filter(r -> r.startsWith("custody")).toArray(String[]::new));
      restored.database().jdbi().useHandle(h -> assertThat(restored.custody().entriesFor(h, "ledger"))
          .extracting(CustodyEntry::action).containsExactly("restored"));
      assertThat(restored.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
    }
  }

  @Test
  void restore_sqliteLedgerIntoPostgres_migratesIt_andVerifies() {
    List<String> original = backUp(StorageConfig.of(dir.resolve("sqlite"), null));
    StorageConfig target = StorageConfig.of(dir.resolve("pg"), TestDatabases.freshPostgresUrl());

    new LedgerRestore(LedgerFixture.CLOCK).restore(backup(), target, LedgerFixture.ACTOR);

    try (Ledger restored = Ledger.open(target, LedgerFixture.CLOCK)) {
      assertThat(BackupFixture.content(restored.database().jdbi())).containsAll(original);
      assertThat(restored.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
    }
  }

  @Test
  void restore_alteredTableFile_isRefusedBeforeAnythingIsTouched() throws Exception {
    backUp(TestDatabases.config(dir.resolve("data")));
    Files.writeString(backup().resolve("tables/reports.jsonl"), "{}\n", StandardOpenOption.APPEND);
    StorageConfig target = StorageConfig.of(dir.resolve("restored"), null);

    assertThatThrownBy(() -> new LedgerRestore(LedgerFixture.CLOCK).restore(backup(), target, LedgerFixture.ACTOR))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(backup() + ": tables/reports.jsonl altered (expected sha ")
        .hasMessageEndingWith("); nothing restored");
    assertThat(dir.resolve("restored")).doesNotExist();
  }

  @Test
  void restore_missingOriginal_isRefused() throws Exception {
    backUp(TestDatabases.config(dir.resolve("data")));
    BackupManifest manifest = BackupManifest.read(backup());
    Path original = new org.harmledger.store.evidence.EvidenceStore(backup()).pathOf(manifest.evidence().get(4).sha256());
    Files.delete(original);

    assertThatThrownBy(() -> new LedgerRestore(LedgerFixture.CLOCK)
            .restore(backup(), StorageConfig.of(dir.resolve("restored"), null), LedgerFixture.ACTOR))
        .isInstanceOf(StorageException.class)
        .hasMessage(backup() + ": " + backup().relativize(original) + " missing; nothing restored");
  }

  @Test
  void restore_intoALedgerThatHoldsData_isRefused() {
    backUp(TestDatabases.config(dir.resolve("data")));
    StorageConfig target = TestDatabases.config(dir.resolve("busy"));
    try (Ledger busy = Ledger.open(target, LedgerFixture.CLOCK)) {
      BackupFixture.fill(busy, 0);
    }

    assertThatThrownBy(() -> new LedgerRestore(LedgerFixture.CLOCK).restore(backup(), target, LedgerFixture.ACTOR))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("already holds a ledger");
  }
}
