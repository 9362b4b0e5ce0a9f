package org.harmledger.cli;

import java.nio.file.Path;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * HarmLedgerCommand is the root {@code harmledger} command. It holds the global options, which
 * are accepted before or after the subcommand ({@code harmledger --data d ingest x} is
 * {@code harmledger ingest --data d x}). It also owns the invocation's {@link Ledger}: opened at a
 * subcommand's first use and closed, with its connection pool, when the invocation ends
 * ({@link Main#commandLine} runs every invocation in try-with-resources), so no command can leave
 * connections open however it returns or fails.
 */
@Command(
    name = "harmledger",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns reports of attacks on civilians into a verified, evidence-backed record.",
    subcommands = {IngestCommand.class, ExtractCommand.class, VerifyCommand.class, ShowCommand.class,
        IncidentsCommand.class, CheckCommand.class, CurateCommand.class, ImportCommand.class, ExportCommand.class,
        ServeCommand.class, ReindexCommand.class, UserCommand.class, VictimsCommand.class, ClaimsCommand.class,
        VerifyBundleCommand.class, BackupCommand.class, RestoreCommand.class})
public final class HarmLedgerCommand implements AutoCloseable {
  private Path dataDir;
  private String jdbcUrl;
  private Ledger ledger;

  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Data folder: evidence, custody anchor and the embedded database (default: ./harmledger-data).")
  void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
      description = "Database to use instead of the embedded one in the data folder, e.g. "
          + "jdbc:postgresql://host:5432/ledger?user=..&password=.. (default: $HARMLEDGER_DB, else db.url in "
          + "DIR/harmledger.properties, else DIR/harmledger.db).")
  void setJdbcUrl(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Where the ledger is: {@code --db}, else {@code HARMLEDGER_DB}, else the data folder's properties file. */
  StorageConfig storage() {
    return StorageConfig.resolve(dataDir, jdbcUrl, System.getenv());
  }

  /** The ledger of this invocation, opened at the first call; the same one for later calls. */
  Ledger ledger() {
    if (ledger == null) {
      ledger = Ledger.open(storage(), Wiring.clock());
    }
    return ledger;
  }

  /** Closes the ledger if a subcommand opened it; the next invocation opens it again. */
  @Override
  public void close() {
    if (ledger != null) {
      Ledger opened = ledger;
      ledger = null;
      opened.close();
    }
  }
}
