package org.harmledger.store.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyHead;

/**
 * A BackupManifest is the table of contents of a backup folder ({@code manifest.json}): which
 * database and schema version the rows came from, the custody chain's head at the snapshot, and
 * the SHA-256 of every file, so a restore can check the whole backup before it touches anything.
 * It is written last, so a folder without it is an unfinished backup.
 */
public record BackupManifest(String format, Instant createdAt, String database, String schemaVersion,
    CustodyHead custodyHead, List<TableFile> tables, List<Original> evidence) {
  public static final String FILE = "manifest.json";
  public static final String FORMAT = "harmledger-backup/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public BackupManifest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    tables = List.copyOf(tables);
    evidence = List.copyOf(evidence);
  }

  /** A TableFile is one table's JSON Lines dump: its file (under {@code tables/}), row count and SHA-256. */
  public record TableFile(String table, String file, long rows, String sha256) {}

  /** An Original is one evidence file of the backup, addressed by its SHA-256, with its size. */
  public record Original(Sha256 sha256, long bytes) {}

  public long reports() {
    return tables.stream().filter(t -> t.table().equals("reports")).mapToLong(TableFile::rows).sum();
  }

  void write(Path dir) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", format);
    root.put("created_at", createdAt.toString());
    root.put("database", database);
    root.put("schema_version", schemaVersion);
    if (custodyHead == null) {
      root.putNull("custody_head");
    } else {
      root.putObject("custody_head").put("seq", custodyHead.seq()).put("hash", custodyHead.hash());
    }
    ArrayNode tableNodes = root.putArray("tables");
    for (TableFile t : tables) {
      tableNodes.addObject().put("table", t.table()).put("file", t.file()).put("rows", t.rows())
          .put("sha256", t.sha256());
    }
    ArrayNode originals = root.putArray("evidence");
    for (Original o : evidence) {
      originals.addObject().put("sha256", o.sha256().hex()).put("bytes", o.bytes());
    }
    try {
      Path temp = dir.resolve(FILE + ".tmp");
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
      Files.move(temp, dir.resolve(FILE));
    } catch (IOException e) {
      throw new StorageException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the manifest of the backup in {@code dir}.
   *
   * @throws StorageException naming the folder when it holds no finished backup or an unreadable manifest
   */
  public static BackupManifest read(Path dir) {
    Path file = dir.resolve(FILE);
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new StorageException(dir + ": not a finished backup (no " + FILE + ")", e);
    } catch (IOException e) {
      throw new StorageException(file + ": not a readable manifest: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new StorageException(file + ": unknown backup format " + root.path("format"));
    }
    try {
      JsonNode head = root.path("custody_head");
      List<TableFile> tables = new ArrayList<>();
      for (JsonNode t : root.path("tables")) {
        tables.add(new TableFile(t.path("table").asText(), t.path("file").asText(), t.path("rows").asLong(),
            t.path("sha256").asText()));
      }
      List<Original> evidence = new ArrayList<>();
      for (JsonNode o : root.path("evidence")) {
        evidence.add(new Original(new Sha256(o.path("sha256").asText()), o.path("bytes").asLong()));
      }
      return new BackupManifest(root.path("format").asText(), Instant.parse(root.path("created_at").asText()),
          root.path("database").asText(), root.path("schema_version").asText(),
          head.isObject() ? new CustodyHead(head.path("seq").asLong(), head.path("hash").asText()) : null,
          tables, evidence);
    } catch (RuntimeException e) {
      throw new StorageException(file + ": malformed manifest: " + e.getMessage(), e);
    }
  }
}
