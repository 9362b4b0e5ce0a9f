package org.harmledger.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupManifestTest {
  @TempDir
  Path dir;

  @Test
  void write_thenRead_givesTheSameManifest() {
    BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.parse("2026-03-01T10:15:30Z"),
        "sqlite", "1", new CustodyHead(4, "a".repeat(64)),
        List.of(new BackupManifest.TableFile("reports", "reports.jsonl", 2, "b".repeat(64))),
        List.of(new BackupManifest.Original(new Sha256("c".repeat(64)), 123)));

    manifest.write(dir);

    assertThat(BackupManifest.read(dir)).isEqualTo(manifest);
    assertThat(manifest.reports()).isEqualTo(2);
  }

  @Test
  void read_folderWithoutManifest_saysItIsNoFinishedBackup() {
    assertThatThrownBy(() -> BackupManifest.read(dir))
        .isInstanceOf(StorageException.class)
        .hasMessage(dir + ": not a finished backup (no manifest.json)");
  }

  @Test
  void read_unknownFormat_isRefused() throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"other/9\"}");

    assertThatThrownBy(() -> BackupManifest.read(dir))
        .isInstanceOf(StorageException.class)
        .hasMessage(dir.resolve("manifest.json") + ": unknown backup format \"other/9\"");
  }
}
