package org.harmledger.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A StorageConfig says where the ledger lives: the data folder (evidence originals, custody anchor)
 * and the JDBC URL of its database. Without an explicit URL the database is the embedded SQLite
 * file {@code harmledger.db} inside the data folder.
 */
public record StorageConfig(Path dataDir, String jdbcUrl) {
  /** The data folder used when the user names none. */
  public static final Path DEFAULT_DATA_DIR = Path.of("harmledger-data");

  public StorageConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** The config for {@code dataDir} with the embedded database, or {@code jdbcUrl} when it is not null. */
  public static StorageConfig of(Path dataDir, String jdbcUrl) {
    Path dir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    String url = jdbcUrl == null ? "jdbc:sqlite:" + dir.resolve("harmledger.db") : jdbcUrl;
    return new StorageConfig(dir, url);
  }

  public boolean isEmbedded() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }
}
