package org.harmledger.store.backup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.Database;
import org.harmledger.store.db.Snapshot;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.evidence.StoredOriginal;

/**
 * A LedgerBackup writes a consistent copy of a ledger that may be in use: every table as JSON
 * Lines, read in one snapshot transaction (REPEATABLE READ on PostgreSQL, a WAL read transaction on
 * SQLite), then the originals of the reports in that snapshot, then the manifest of SHA-256s.
 * Originals are always on disk before their report commits, so every report of the snapshot has
 * its original to copy, and each is re-hashed as it is copied. The format is the same for both
 * databases, so a backup of one restores into the other. The backup is recorded in the custody
 * chain as an "exported" entry after the snapshot.
 */
public final class LedgerBackup {
  private final Database database;
  private final EvidenceStore evidence;
  private final CustodyLog custody;

  public LedgerBackup(Database database, EvidenceStore evidence, CustodyLog custody) {
    this.database = Objects.requireNonNull(database, "database");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.custody = Objects.requireNonNull(custody, "custody");
  }

  /**
   * Writes the backup into {@code dir}, which must not exist yet or be empty.
   *
   * @throws StorageException with a one-line reason when the folder is unusable, an original is
   *     missing or altered, or the database cannot be read
   */
  public BackupManifest write(Path dir, String actor) {
    prepareFolder(dir);
    String schemaVersion = database.schemaVersion();
    List<BackupManifest.TableFile> tables = new ArrayList<>();
    List<Sha256> reports;
    CustodyHead head;
    try (Snapshot snapshot = database.openSnapshot()) {
      for (TableShape table : LedgerTables.of(snapshot.handle().getConnection())) {
        tables.add(TableDump.write(snapshot.handle().getConnection(), table,
            dir.resolve("tables").resolve(table.name() + ".jsonl")));
      }
      head = custody.head(snapshot.handle()).orElse(null);
      reports = snapshot.handle().createQuery("SELECT id FROM reports ORDER BY report_no")
          .map((rs, ctx) -> new Sha256(rs.getString(1)))
          .list();
    }
    List<BackupManifest.Original> originals = copyOriginals(reports, new EvidenceStore(dir));
    BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, custody.now(),
        database.isPostgres() ? "postgresql" : "sqlite", schemaVersion, head, tables, originals);
    manifest.write(dir);
    record(manifest, actor);
    return manifest;
  }

  private static void prepareFolder(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new StorageException(dir + ": backup folder is not empty");
          }
        }
      }
      Files.createDirectories(dir.resolve("tables"));
    } catch (IOException e) {
      throw new StorageException(dir + ": cannot create backup folder: " + e.getMessage(), e);
    }
  }

  private List<BackupManifest.Original> copyOriginals(List<Sha256> reports, EvidenceStore target) {
    List<BackupManifest.Original> originals = new ArrayList<>(reports.size());
    for (Sha256 id : reports) {
      StoredOriginal copy;
      try (InputStream in = Files.newInputStream(evidence.pathOf(id))) {
        copy = target.put(in);
      } catch (NoSuchFileException e) {
        throw new StorageException("report " + id.hex().substring(0, 12) + ": original missing (expected at "
            + evidence.pathOf(id) + "); run verify", e);
      } catch (IOException e) {
        throw new StorageException("report " + id.hex().substring(0, 12) + ": cannot read original: "
            + e.getMessage(), e);
      }
      if (!copy.sha256().equals(id)) {
        throw new StorageException("report " + id.hex().substring(0, 12) + ": original altered (expected sha "
            + id + ", found " + copy.sha256() + "); run verify");
      }
      originals.add(new BackupManifest.Original(id, copy.byteSize()));
    }
    return originals;
  }

  private void record(BackupManifest manifest, String actor) {
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put("backup", manifest.createdAt().toString());
    details.put("custody_seq", manifest.custodyHead() == null ? 0 : manifest.custodyHead().seq());
    details.put("reports", manifest.reports());
    details.put("tables", manifest.tables().size());
    database.jdbi().useTransaction(h -> custody.append(h, actor, CustodyAction.EXPORTED, "ledger", details));
    custody.anchor(database.jdbi());
  }
}
