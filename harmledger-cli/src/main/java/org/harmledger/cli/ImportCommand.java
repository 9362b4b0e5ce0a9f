package org.harmledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.exchange.AcledFormat;
import org.harmledger.store.exchange.ReferenceFormat;
import org.harmledger.store.exchange.ReferenceImporter;
import org.harmledger.store.exchange.ReferenceVocabulary;
import org.harmledger.store.exchange.UcdpFormat;
import org.harmledger.store.ingest.IngestFailure;
import org.harmledger.store.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * ImportCommand is {@code import acled|ucdp FILE}: each row of a reference dataset becomes a
 * source report, then incidents are resolved again. Rows that cannot be read get one line each
 * ({@code file:line: reason}) on stderr and exit code 1; the other rows are still imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a reference dataset (ACLED or UCDP GED CSV) as sources.")
final class ImportCommand implements Callable<Integer> {
  /** The datasets a file can come from. */
  enum Dataset { acled, ucdp }

  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "acled or ucdp.")
  private Dataset dataset;

  @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file, with its header line.")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReferenceVocabulary vocabulary = ReferenceVocabulary.loadDefault();
    ReferenceFormat format = dataset == Dataset.acled ? new AcledFormat(vocabulary) : new UcdpFormat(vocabulary);
    Ledger ledger = root.ledger();
    IngestSummary summary;
    try {
      summary = new ReferenceImporter(ledger).importFile(file, format, Wiring.actor());
    } catch (IllegalArgumentException e) {
      err.println("harmledger: " + e.getMessage());
      return 1;
    }
    for (IngestFailure failure : summary.failures()) {
      err.println("harmledger: " + failure.message());
    }
    out.println(summary.line());
    if (summary.stored() > 0) {
      out.println(ledger.incidents().resolveAll(Wiring.actor()).line());
    }
    out.flush();
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }
}
