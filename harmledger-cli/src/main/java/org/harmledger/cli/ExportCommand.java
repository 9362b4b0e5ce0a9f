package org.harmledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** ExportCommand groups the exports of the ledger; case files are its {@code casefile} subcommand. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export from the ledger.",
    subcommands = CaseFileCommand.class)
final class ExportCommand {
  @ParentCommand
  HarmLedgerCommand root;
}
