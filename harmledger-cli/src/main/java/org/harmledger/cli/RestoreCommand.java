package org.harmledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.backup.LedgerRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * RestoreCommand brings a backup back into an empty ledger, on the database the global options
 * name, so it also moves a ledger from SQLite to PostgreSQL.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Check a backup's SHA-256s, then restore it into the (empty) ledger named by --data and --db.")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder holding the backup.")
  private Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LedgerRestore.Result result = new LedgerRestore(Wiring.clock()).restore(dir, root.storage(), Wiring.actor());
    out.println("restored " + result.reports() + " reports and " + result.tables() + " tables from " + dir
        + "; the custody chain now has " + result.custodyEntries() + " entries");
    out.flush();
    return 0;
  }
}
