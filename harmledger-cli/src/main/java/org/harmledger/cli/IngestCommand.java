package org.harmledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.incidents.ResolutionSummary;
import org.harmledger.store.ingest.IngestFailure;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestOutcome;
import org.harmledger.store.ingest.IngestSummary;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportIndexer;
import org.harmledger.store.search.SearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * IngestCommand stores reports as evidence, extracts their assertions and, when anything new was
 * stored, resolves the ledger's incidents again. On a terminal it draws
 * a progress bar; otherwise it prints one line per input. Failures go to stderr, one line each,
 * and make the exit code 1.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store reports as evidence, detect duplicates and republications, extract assertions, resolve incidents.")
final class IngestCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files, or folders of them.")
  private List<Path> paths;

  @Option(names = "--json", description = "Print the summary as JSON.")
  private boolean json;

  /** The reports this run stored, to be added to the search index at the end. */
  private final List<Sha256> stored = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ledger ledger = root.ledger();
    IngestSummary summary;
    if (System.console() != null) {
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).build()) {
        summary = ingest(ledger, outcome -> bar.step());
      }
    } else {
      summary = ingest(ledger, json ? IngestListener.NONE : outcome -> out.println(line(outcome)));
    }
    indexStored(ledger, err);
    for (IngestFailure failure : summary.failures()) {
      err.println("harmledger: " + failure.message());
    }
    // Resolution reads every assertion, so it runs once at the end, and only when something new arrived
    // (now, or in an earlier run killed before it resolved).
    ResolutionSummary resolved = summary.stored() > 0 || extractedSinceResolution(ledger)
        ? ledger.incidents().resolveAll(Wiring.actor()) : null;
    out.println(json ? toJson(summary, resolved) : summary.line());
    if (!json && resolved != null) {
      out.println(resolved.line());
    }
    out.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private static boolean extractedSinceResolution(Ledger ledger) {
    return ledger.database().jdbi().withHandle(h -> ledger.custody()
        .latestOf(h, CustodyAction.EXTRACTED, CustodyAction.RESOLVED)
        .filter(CustodyAction.EXTRACTED::equals)
        .isPresent());
  }

  private IngestSummary ingest(Ledger ledger, IngestListener listener) {
    return ledger.ingestService(Wiring.extractor(), Wiring.actor()).ingest(Wiring.documents(paths), outcome -> {
      listener.onOutcome(outcome);
      if (outcome.kind() == IngestOutcome.Kind.STORED || outcome.kind() == IngestOutcome.Kind.REPUBLICATION) {
        stored.add(outcome.report());
      }
    });
  }

  /**
   * Adds the reports just stored to the search index, and any stored report it lacks (an earlier
   * run killed between its commit and its indexing); a busy index is reported, not fatal.
   */
  private void indexStored(Ledger ledger, PrintWriter err) {
    try (ReportIndex index = ReportIndex.open(ReportIndex.folderOf(root.storage().dataDir()))) {
      ReportIndexer indexer = new ReportIndexer(ledger.database().jdbi(), index);
      indexer.index(stored);
      indexer.catchUp();
    } catch (SearchException e) {
      err.println("harmledger: search index not updated (" + e.getMessage() + "); run harmledger reindex");
    }
  }

  /** One line per input, e.g. {@code stored 3fa4c2d1e0b9 reports/a.txt}. */
  static String line(IngestOutcome outcome) {
    String id = outcome.report() == null ? "-" : outcome.report().hex().substring(0, 12);
    return outcome.kind().name().toLowerCase(Locale.ROOT) + " " + id + " " + outcome.source();
  }

  /** The summary as JSON; {@code incidents} is the count after resolution, null when nothing new was stored. */
  static String toJson(IngestSummary summary, ResolutionSummary resolved) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("stored", summary.stored());
    o.put("duplicates", summary.duplicates());
    o.put("republications", summary.republications());
    o.put("failed", summary.failed());
    ArrayNode failures = o.putArray("failures");
    for (IngestFailure f : summary.failures()) {
      failures.addObject().put("source", f.source()).put("reason", f.reason());
    }
    o.put("incidents", resolved == null ? null : resolved.incidents());
    return o.toString();
  }
}
