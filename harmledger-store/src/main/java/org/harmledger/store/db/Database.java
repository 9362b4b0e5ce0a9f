package org.harmledger.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A Database is the ledger's SQL store, migrated to the current schema when opened.
 *
 * <p>The embedded SQLite file runs in WAL mode with a busy timeout, full synchronous commits (a
 * committed report survives power loss, not only a killed process) and immediate transactions,
 * so a transaction that reads the custody head and then appends never has to upgrade its lock;
 * SQLite thereby has a single writer at a time. Both databases are reached through a HikariCP
 * pool: for SQLite it keeps each connection's parsed schema and page cache warm across requests
 * (a server opening a connection per request re-read both every time), and WAL lets the pooled
 * connections read concurrently. PostgreSQL runs the same Flyway migrations; writers there
 * serialise on the custody chain's advisory lock (see
 * {@link org.harmledger.store.custody.CustodyAppender}). Close the database to release the pool's
 * connections.
 */
public final class Database implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  /** Page cache per connection in KiB (64 MiB): the near-duplicate band index is read at random. */
  private static final int CACHE_KIB = 64 * 1024;
  /** Connections per process: ingest uses one, a server's concurrent requests a few more. */
  private static final int POOL_SIZE = 8;

  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final StorageConfig config;

  private Database(DataSource dataSource, StorageConfig config) {
    this.jdbi = Jdbi.create(dataSource);
    this.dataSource = dataSource;
    this.config = config;
  }

  /**
   * Opens the database of {@code config}, creating the data folder and migrating the schema.
   *
   * @throws StorageException with a one-line reason (the URL's credentials masked) when the data
   *     folder cannot be created or the database cannot be reached or migrated
   */
  public static Database open(StorageConfig config) {
    return openAt(config, null);
  }

  /**
   * Opens the database of {@code config} migrated only up to schema version {@code version} (the
   * latest when null), as a restore needs it: rows are loaded into the schema they were dumped
   * from, then {@link #migrate} brings them forward.
   */
  public static Database openAt(StorageConfig config, String version) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new StorageException("cannot create data folder " + config.dataDir() + ": " + e.getMessage(), e);
    }
    DataSource dataSource = config.isEmbedded() ? embedded(config) : pooled(config);
    Database database = new Database(dataSource, config);
    try {
      database.migrateTo(version);
    } catch (StorageException e) {
      closeQuietlyAfter(dataSource, e);
      throw e;
    }
    return database;
  }

  /** Migrates the schema to the latest version. */
  public void migrate() {
    migrateTo(null);
  }

  private void migrateTo(String version) {
    try {
      flyway(version).migrate();
    } catch (FlywayException e) {
      throw new StorageException("cannot migrate database " + config.maskedUrl() + ": "
          + StorageConfig.mask(String.valueOf(e.getMessage())).replaceAll("\\s+", " ").strip(), e);
    }
  }

  /** The schema version the database is at (the last applied migration), e.g. {@code "1"}. */
  public String schemaVersion() {
    MigrationInfo current = flyway(null).info().current();
    return current == null ? "0" : current.getVersion().getVersion();
  }

  private Flyway flyway(String version) {
    FluentConfiguration flyway = Flyway.configure().dataSource(dataSource);
    return (version == null ? flyway : flyway.target(MigrationVersion.fromVersion(version))).load();
  }

  private static DataSource embedded(StorageConfig config) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.setCacheSize(-CACHE_KIB);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    sqlite.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
    dataSource.setUrl(config.jdbcUrl());
    HikariConfig hikari = poolConfig();
    hikari.setDataSource(dataSource);
    return open(hikari, config);
  }

  private static DataSource pooled(StorageConfig config) {
    HikariConfig hikari = poolConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    // An ingest batch writes each table with one batched statement; the driver then sends its rows
    // as multi-row INSERTs rather than one statement per row.
    hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    return open(hikari, config);
  }

  private static HikariConfig poolConfig() {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("harmledger");
    hikari.setMaximumPoolSize(POOL_SIZE);
    // Idle connections go back to the server after 10 s, so processes that open many ledgers
    // (the server, tests) do not exhaust its connection slots.
    hikari.setMinimumIdle(0);
    hikari.setIdleTimeout(10_000);
    // Fail fast with the driver's reason when the server is unreachable, rather than hanging.
    hikari.setConnectionTimeout(10_000);
    hikari.setInitializationFailTimeout(1);
    return hikari;
  }

  private static DataSource open(HikariConfig hikari, StorageConfig config) {
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StorageException("cannot connect to database " + config.maskedUrl() + ": "
          + StorageConfig.mask(reason(e)), e);
    }
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  private static void closeQuietlyAfter(DataSource dataSource, Exception failure) {
    if (dataSource instanceof HikariDataSource pool) {
      try {
        pool.close();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public StorageConfig config() {
    return config;
  }

  /** True for PostgreSQL, false for the embedded SQLite database. */
  public boolean isPostgres() {
    return !config.isEmbedded();
  }

  /**
   * Opens a read-only transaction that sees one consistent snapshot of every table while writers
   * go on: REPEATABLE READ on PostgreSQL, a deferred read transaction on SQLite's WAL (which takes
   * no write lock, unlike the pool's immediate transactions). Close it to end the transaction.
   */
  public Snapshot openSnapshot() {
    Connection connection = null;
    try {
      connection = isPostgres() ? dataSource.getConnection() : readerConnection();
      if (isPostgres()) {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      Connection opened = connection;
      Handle handle = Jdbi.create(() -> opened).open();
      handle.begin();
      // The snapshot starts with the first read, so take it now rather than at the caller's first query.
      handle.createQuery("SELECT COUNT(*) FROM custody_entries").mapTo(Long.class).one();
      return new Snapshot(handle);
    } catch (SQLException | RuntimeException e) {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new StorageException("cannot open a snapshot of " + config.maskedUrl() + ": " + e.getMessage(), e);
    }
  }

  private Connection readerConnection() throws SQLException {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    SQLiteDataSource reader = new SQLiteDataSource(sqlite);
    reader.setUrl(config.jdbcUrl());
    return reader.getConnection();
  }

  /** Releases the pool's connections. */
  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }
}
