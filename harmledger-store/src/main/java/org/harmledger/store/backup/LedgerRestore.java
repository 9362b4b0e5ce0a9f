package org.harmledger.store.backup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.db.Database;
import org.harmledger.store.evidence.EvidenceStore;

/**
 * A LedgerRestore brings a backup back into an empty ledger, on either database. It first checks
 * every file of the backup against the manifest's SHA-256s and touches nothing if one differs;
 * then stores the originals, loads all tables in one transaction into the schema version they were
 * dumped from, migrates to the current schema, checks that the custody chain ends where the
 * manifest says, anchors it, and records the restore as a "restored" custody entry.
 */
public final class LedgerRestore {
  private final Clock clock;

  public LedgerRestore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What a restore brought back. */
  public record Result(long reports, long custodyEntries, int tables) {}

  /**
   * Restores the backup in {@code dir} into the ledger of {@code target}, which must be empty.
   *
   * @throws StorageException with a one-line reason when the backup fails its checks or the target
   *     already holds a ledger
   */
  public Result restore(Path dir, StorageConfig target, String actor) {
    BackupManifest manifest = BackupManifest.read(dir);
    checkFiles(dir, manifest);
    if (Files.exists(target.dataDir().resolve("custody.anchor"))) {
      throw new StorageException(target.dataDir() + ": already holds a ledger (custody.anchor exists); "
          + "restore needs an empty data folder");
    }
    try (Database database = Database.openAt(target, manifest.schemaVersion())) {
      copyOriginals(dir, manifest, new EvidenceStore(target.dataDir()));
      database.jdbi().useTransaction(h -> load(h.getConnection(), dir, manifest));
      database.migrate();
    }
    try (Ledger ledger = Ledger.open(target, clock)) {
      CustodyHead head = ledger.database().jdbi().withHandle(h -> ledger.custody().head(h)).orElse(null);
      if (!Objects.equals(head, manifest.custodyHead())) {
        throw new StorageException(dir + ": restored custody chain ends at " + head + " but the manifest records "
            + manifest.custodyHead());
      }
      ObjectNode details = JsonNodeFactory.instance.objectNode();
      details.put("backup", manifest.createdAt().toString());
      details.put("source_database", manifest.database());
      details.put("custody_seq", head == null ? 0 : head.seq());
      details.put("reports", manifest.reports());
      ledger.database().jdbi().useTransaction(h ->
          ledger.custody().append(h, actor, CustodyAction.RESTORED, "ledger", details));
      ledger.custody().anchor(ledger.database().jdbi());
      long entries = ledger.database().jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(*) FROM custody_entries").mapTo(Long.class).one());
      return new Result(manifest.reports(), entries, manifest.tables().size());
    }
  }

  private static void copyOriginals(Path dir, BackupManifest manifest, EvidenceStore target) {
    EvidenceStore source = new EvidenceStore(dir);
    for (BackupManifest.Original original : manifest.evidence()) {
      try (InputStream in = Files.newInputStream(source.pathOf(original.sha256()))) {
        Sha256 stored = target.put(in).sha256();
        if (!stored.equals(original.sha256())) {
          throw new StorageException(dir + ": original " + original.sha256().hex().substring(0, 12)
              + " changed while it was restored (found sha " + stored + ")");
        }
      } catch (IOException e) {
        throw new StorageException(dir + ": cannot read original " + original.sha256().hex().substring(0, 12)
            + ": " + e.getMessage(), e);
      }
    }
  }

  /** Loads every table of the backup, in the target's load order, after checking that the target is empty. */
  private static void load(Connection connection, Path dir, BackupManifest manifest) {
    List<TableShape> tables = LedgerTables.of(connection);
    Map<String, TableShape> byName = tables.stream().collect(Collectors.toMap(TableShape::name, Function.identity()));
    for (BackupManifest.TableFile file : manifest.tables()) {
      if (!byName.containsKey(file.table())) {
        throw new StorageException(dir + ": table " + file.table() + " does not exist in the target database");
      }
    }
    for (TableShape table : tables) {
      long rows = count(connection, table);
      if (rows > 0) {
        throw new StorageException("the target database already holds a ledger (" + rows + " rows in "
            + table.name() + "); restore needs an empty one");
      }
    }
    Map<String, BackupManifest.TableFile> files = manifest.tables().stream()
        .collect(Collectors.toMap(BackupManifest.TableFile::table, Function.identity()));
    for (TableShape table : tables) {
      BackupManifest.TableFile file = files.get(table.name());
      if (file != null) {
        long rows = TableLoad.load(connection, table, dir.resolve("tables").resolve(file.file()));
        if (rows != file.rows()) {
          throw new StorageException(dir + ": tables/" + file.file() + " holds " + rows + " rows but the manifest "
              + "records " + file.rows());
        }
      }
    }
  }

  private static long count(Connection connection, TableShape table) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StorageException("cannot count rows of " + table.name() + ": " + e.getMessage(), e);
    }
  }

  private static void checkFiles(Path dir, BackupManifest manifest) {
    for (BackupManifest.TableFile table : manifest.tables()) {
      String found = sha256(dir.resolve("tables").resolve(table.file()), dir);
      if (!found.equals(table.sha256())) {
        throw new StorageException(dir + ": tables/" + table.file() + " altered (expected sha " + table.sha256()
            + ", found " + found + "); nothing restored");
      }
    }
    EvidenceStore evidence = new EvidenceStore(dir);
    for (BackupManifest.Original original : manifest.evidence()) {
      String found = sha256(evidence.pathOf(original.sha256()), dir);
      if (!found.equals(original.sha256().hex())) {
        throw new StorageException(dir + ": original " + original.sha256().hex().substring(0, 12)
            + " altered (expected sha " + original.sha256() + ", found " + found + "); nothing restored");
      }
    }
  }

  private static String sha256(Path file, Path dir) {
    MessageDigest digest = Sha256.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new StorageException(dir + ": " + dir.relativize(file) + " missing; nothing restored", e);
    } catch (IOException e) {
      throw new StorageException(dir + ": cannot read " + dir.relativize(file) + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
