package org.harmledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.exchange.IncidentExporter;
import org.harmledger.store.exchange.ReferenceVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ExportCommand is {@code export --format acled|ucdp|geojson|jsonl --out PATH}; each export is a custody event. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export every incident as ACLED or UCDP GED CSV, GeoJSON, or JSON Lines.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "acled, ucdp, geojson or jsonl.")
  private String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
  private Path out;

  @Override
  public Integer call() {
    IncidentExporter.Format f;
    try {
      f = IncidentExporter.Format.fromCode(format);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: export: " + e.getMessage());
      return 2;
    }
    Ledger ledger = Ledger.open(root.storage(), Wiring.clock());
    int n = new IncidentExporter(ledger, ReferenceVocabulary.loadDefault()).export(f, out, Wiring.actor());
    spec.commandLine().getOut().println("exported " + n + " incidents to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
