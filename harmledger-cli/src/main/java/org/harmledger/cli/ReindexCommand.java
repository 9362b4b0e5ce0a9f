package org.harmledger.cli;

import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ReindexCommand rebuilds the search index from every stored report. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the stored reports.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    Ledger ledger = root.ledger();
    int count;
    try (ReportIndex index = ReportIndex.open(ReportIndex.folderOf(root.storage().dataDir()))) {
      count = new ReportIndexer(ledger.database().jdbi(), index).rebuild();
    }
    spec.commandLine().getOut().println("indexed " + count + " reports");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
