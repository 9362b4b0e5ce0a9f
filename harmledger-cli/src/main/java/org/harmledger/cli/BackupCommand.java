package org.harmledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.backup.BackupManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * BackupCommand writes a consistent backup of the ledger (database and evidence together) into a
 * new folder, while other processes may go on writing.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write a consistent backup (every table as JSON Lines, the originals, a manifest of SHA-256s) "
        + "into DIR, which must be new or empty.")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder to write the backup into.")
  private Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Ledger ledger = Ledger.open(root.storage(), Wiring.clock())) {
      BackupManifest manifest = ledger.backup().write(dir, Wiring.actor());
      out.println("backed up " + manifest.reports() + " reports, " + manifest.tables().size() + " tables and "
          + manifest.evidence().size() + " originals to " + dir + " (custody entry "
          + (manifest.custodyHead() == null ? 0 : manifest.custodyHead().seq()) + ")");
    }
    out.flush();
    return 0;
  }
}
