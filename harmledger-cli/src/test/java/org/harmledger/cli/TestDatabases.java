package org.harmledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.harmledger.store.StorageConfig;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * TestDatabases points command-line tests at the database of the test run: with the system
 * property {@code harmledger.testDb=postgres}, each new data folder gets a
 * {@code harmledger.properties} naming a schema of its own in the {@code HARMLEDGER_TEST_JDBC}
 * database, so in-process runs and child processes alike use PostgreSQL without a {@code --db}
 * option. Without the variable such tests are skipped, or fail when
 * {@code -Dharmledger.requirePostgres=true} demands PostgreSQL.
 */
final class TestDatabases {
  static final String URL_ENV = "HARMLEDGER_TEST_JDBC";

  private TestDatabases() {}

  static boolean postgres() {
    return "postgres".equals(System.getProperty("harmledger.testDb", "sqlite").toLowerCase(Locale.ROOT));
  }

  /**
   * On a PostgreSQL run, gives {@code dataDir} its own schema unless it has one already (or is
   * not a folder a ledger could use); on a SQLite run does nothing.
   */
  static void prepare(Path dataDir) {
    if (!postgres() || Files.isRegularFile(dataDir)
        || Files.exists(dataDir.resolve(StorageConfig.PROPERTIES_FILE))) {
      return;
    }
    usePostgres(dataDir, freshPostgresUrl());
  }

  /** Makes {@code dataDir} use the database at {@code url} through its properties file. */
  static void usePostgres(Path dataDir, String url) {
    try {
      Files.createDirectories(dataDir);
      Files.writeString(dataDir.resolve(StorageConfig.PROPERTIES_FILE),
          StorageConfig.DB_PROPERTY + "=" + url.replace("\\", "\\\\").replace(":", "\\:") + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a new, empty schema in the PostgreSQL test database; skips or fails the test without one. */
  static String freshPostgresUrl() {
    String base = System.getenv(URL_ENV);
    if (base == null || base.isBlank()) {
      String reason = URL_ENV + " is not set: PostgreSQL tests need jdbc:postgresql://HOST:PORT/DB?user=..&password=..";
      if (Boolean.getBoolean("harmledger.requirePostgres")) {
        Assertions.fail(reason);
      }
      Assumptions.abort(reason);
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema in " + StorageConfig.mask(base) + ": " + e.getMessage(), e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
