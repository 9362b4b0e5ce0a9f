package org.harmledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * TestDatabases chooses the database that the store, server and CLI tests run on. The test JVM's system property
 * {@code harmledger.testDb} is {@code sqlite} (the default) or {@code postgres}; PostgreSQL tests
 * connect to {@code HARMLEDGER_TEST_JDBC} and give every ledger a schema of its own, so tests never
 * see each other's rows. Without that variable PostgreSQL tests are skipped, unless
 * {@code -Dharmledger.requirePostgres=true} (CI) makes them fail saying what is missing.
 */
public final class TestDatabases {
  public static final String URL_ENV = "HARMLEDGER_TEST_JDBC";

  private TestDatabases() {}

  /** True when this test run targets PostgreSQL. */
  public static boolean postgres() {
    return "postgres".equals(System.getProperty("harmledger.testDb", "sqlite").toLowerCase(Locale.ROOT));
  }

  /**
   * The config of the ledger in {@code dataDir} on the database of this test run. On PostgreSQL the
   * first call for a folder gives it a new schema, recorded in the folder's
   * {@code harmledger.properties}, so later calls (and the command line) open the same ledger.
   */
  public static StorageConfig config(Path dataDir) {
    prepare(dataDir);
    return StorageConfig.resolve(dataDir, null, Map.of());
  }

  /**
   * On a PostgreSQL run, gives {@code dataDir} its own schema unless it has one already (or is
   * not a folder a ledger could use), so in-process runs and child processes alike use PostgreSQL
   * without a {@code --db} option; on a SQLite run does nothing.
   */
  public static void prepare(Path dataDir) {
    if (!postgres() || Files.isRegularFile(dataDir)
        || Files.exists(dataDir.resolve(StorageConfig.PROPERTIES_FILE))) {
      return;
    }
    usePostgres(dataDir, freshPostgresUrl());
  }

  /** Makes {@code dataDir} use the database at {@code url} through its properties file. */
  public static void usePostgres(Path dataDir, String url) {
    try {
      Files.createDirectories(dataDir);
      Files.writeString(dataDir.resolve(StorageConfig.PROPERTIES_FILE),
          StorageConfig.DB_PROPERTY + "=" + url.replace("\\", "\\\\").replace(":", "\\:") + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a new, empty schema in the PostgreSQL test database; skips or fails the test without one. */
  public static String freshPostgresUrl() {
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
