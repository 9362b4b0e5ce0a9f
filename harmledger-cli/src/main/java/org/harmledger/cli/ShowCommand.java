package org.harmledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.Ledger;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.query.ReportDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * ShowCommand prints one report (metadata, hashes, custody entries, assertion count and working
 * text) or, for an id starting {@code inc-}, one incident ({@link IncidentView}).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one report with its custody log and text, or one incident with its sources and figures.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "An incident id (inc-...), or a report's full SHA-256 or a unique "
      + "prefix of at least 8 characters.")
  private String id;

  @Override
  public Integer call() {
    if (id.startsWith("inc-")) {
      return showIncident();
    }
    ReportDetails details;
    try {
      details = root.ledger().reports().find(id);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: show: " + e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    Report r = details.report();
    ReportMetadata m = r.metadata();
    out.println("report " + r.id());
    field(out, "original", r.originalName());
    field(out, "media type", r.mediaType());
    field(out, "size", r.byteSize() + " bytes");
    field(out, "received", r.receivedAt().toString());
    field(out, "title", m.title());
    field(out, "publisher", m.publisher());
    field(out, "url", m.url());
    field(out, "published", m.published() == null ? null : m.published() + " (from " + m.publishedFrom().code() + ")");
    field(out, "language", m.language());
    field(out, "kind", m.kind().code());
    field(out, "republishes", r.republicationOf() == null ? null : r.republicationOf().hex());
    field(out, "text sha256", details.workingCopy().recordedTextSha().hex());
    field(out, "assertions", Integer.toString(details.assertions()));
    for (String problem : details.workingCopy().problems()) {
      field(out, "WARNING", problem);
    }
    out.println("custody:");
    for (CustodyEntry e : details.custody()) {
      out.println("  " + e.seq() + " " + e.time() + " " + e.action() + " by " + e.actor() + " " + e.details());
    }
    out.println("text:");
    out.println(details.workingCopy().text());
    out.flush();
    return 0;
  }

  private int showIncident() {
    Ledger ledger = root.ledger();
    Optional<ObjectNode> incident = ledger.incidents().find(id);
    if (incident.isEmpty()) {
      spec.commandLine().getErr().println("harmledger: show: no incident with id " + id);
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    IncidentView.print(out, incident.get());
    out.println("victims: " + NamedVictims.count(incident.get(), RedressWiring.victims(ledger).ofIncident(id)).describe());
    out.flush();
    return 0;
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) {
      out.printf("  %-12s %s%n", name + ":", value);
    }
  }
}
