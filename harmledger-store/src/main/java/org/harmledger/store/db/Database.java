package org.harmledger.store.db;

import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A Database is the ledger's SQL store, migrated to the current schema when opened. The embedded
 * SQLite file runs in WAL mode with a busy timeout, full synchronous commits (a committed report
 * survives power loss, not only a killed process) and immediate transactions, so a transaction
 * that reads the custody head and then appends never has to upgrade its lock.
 */
public final class Database {
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  /** Page cache per connection in KiB (64 MiB): the near-duplicate band index is read at random. */
  private static final int CACHE_KIB = 64 * 1024;

  private final Jdbi jdbi;

  private Database(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Opens the database of {@code config}, creating the data folder and migrating the schema. */
  public static Database open(StorageConfig config) {
    DataSource dataSource = config.isEmbedded() ? embedded(config) : null;
    try {
      Files.createDirectories(config.dataDir());
      Flyway flyway = dataSource == null
          ? Flyway.configure().dataSource(config.jdbcUrl(), null, null).load()
          : Flyway.configure().dataSource(dataSource).load();
      flyway.migrate();
    } catch (IOException e) {
      throw new StorageException("cannot create data folder " + config.dataDir() + ": " + e.getMessage(), e);
    } catch (FlywayException e) {
      throw new StorageException("cannot migrate database " + config.jdbcUrl() + ": " + e.getMessage(), e);
    }
    return new Database(dataSource == null ? Jdbi.create(config.jdbcUrl()) : Jdbi.create(dataSource));
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
    return dataSource;
  }

  public Jdbi jdbi() {
    return jdbi;
  }
}
