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

/**
 * ExportCommand is {@code export --format acled|ucdp|geojson|jsonl --out PATH}, and holds the
 * {@code casefile} subcommand; each export is a custody event. The format options are checked
 * here rather than declared required, since picocli would otherwise demand them of
 * {@code export casefile} too.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export every incident as ACLED or UCDP GED CSV, GeoJSON, or JSON Lines; or a case file.",
    subcommands = CaseFileCommand.class)
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "acled, ucdp, geojson or jsonl.")
  private String format;

  @Option(names = "--out", paramLabel = "PATH", description = "The file to write.")
  private Path out;

  @Override
  public Integer call() {
    if (format == null || out == null) {
      spec.commandLine().getErr().println("harmledger: export: --format and --out are required "
          + "(or 'export casefile' for a case file)");
      return 2;
    }
    IncidentExporter.Format f;
    try {
      f = IncidentExporter.Format.fromCode(format);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: export: " + e.getMessage());
      return 2;
    }
    Ledger ledger = root.ledger();
    int n = new IncidentExporter(ledger, ReferenceVocabulary.loadDefault()).export(f, out, Wiring.actor());
    spec.commandLine().getOut().println("exported " + n + " incidents to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
