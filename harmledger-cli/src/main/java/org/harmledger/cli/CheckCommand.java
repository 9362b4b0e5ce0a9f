package org.harmledger.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Assertion;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.FactCheck;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.harmledger.store.intake.IntakeItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * CheckCommand fact-checks a report against the ledger: it reads the file as ingest would,
 * extracts its assertions and prints, for each, whether the ledger corroborates it, has no
 * matching incident, or disagrees (and on what). It stores nothing. An unreadable input gets
 * one line naming it and exit code 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Compare one report's assertions with the ledger's incidents (fact-check); stores nothing.")
final class CheckCommand implements Callable<Integer> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The report: text, HTML, PDF or JSON Lines.")
  private Path file;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) of the report.")
  private String published;

  @Option(names = "--json", description = "Print the verdicts as JSON Lines, one object per document.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published.trim());
    } catch (DateTimeParseException e) {
      err.println("harmledger: check: --published '" + published + "' is not a date (expected YYYY-MM-DD)");
      return 2;
    }
    IncidentStore incidents = root.ledger().incidents();
    Extractor extractor = Wiring.extractor();
    int exit = 0;
    try (Stream<IntakeItem> items = Wiring.documents(List.of(file))) {
      for (IntakeItem item : (Iterable<IntakeItem>) items::iterator) {
        if (item instanceof IntakeDocument doc) {
          ReportMetadata meta = date == null ? doc.metadata() : doc.metadata().withPublished(date, PublishedFrom.ARGUMENT);
          Extraction extraction = extractor.extract(doc.text(), meta);
          Sha256 id = Sha256.of(doc.original());
          List<SourcedAssertion> assertions = new ArrayList<>();
          for (int i = 0; i < extraction.assertions().size(); i++) {
            assertions.add(SourcedAssertion.of(id, i, extraction.metadata(), null, extraction.assertions().get(i)));
          }
          List<FactCheck> checks = incidents.check(assertions);
          if (json) {
            out.println(toJson(doc.source(), assertions, checks));
          } else {
            print(out, doc.source(), assertions, checks);
          }
        } else {
          err.println("harmledger: " + ((IntakeFailure) item).message());
          exit = 1;
        }
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  private static void print(PrintWriter out, String source, List<SourcedAssertion> assertions, List<FactCheck> checks) {
    out.println(source + ": " + assertions.size() + " assertions");
    for (int i = 0; i < checks.size(); i++) {
      FactCheck c = checks.get(i);
      out.println("  " + c.verdict().code() + (c.incidentId() == null ? "" : " " + c.incidentId()) + "  "
          + describe(assertions.get(i).assertion()));
      c.reasons().forEach(r -> out.println("    " + r));
    }
  }

  private static ObjectNode toJson(String source, List<SourcedAssertion> assertions, List<FactCheck> checks) {
    ObjectNode o = NODES.objectNode();
    o.put("document", source);
    ArrayNode a = o.putArray("checks");
    for (int i = 0; i < checks.size(); i++) {
      FactCheck c = checks.get(i);
      ObjectNode n = a.addObject();
      n.put("assertion_id", c.assertionId());
      n.put("assertion", describe(assertions.get(i).assertion()));
      n.put("verdict", c.verdict().code());
      n.put("incident", c.incidentId());
      ArrayNode reasons = n.putArray("reasons");
      c.reasons().forEach(reasons::add);
    }
    return o;
  }

  private static String describe(Assertion a) {
    String date = a.date() == null || !a.date().isResolved() ? "undated" : a.date().start().toString();
    String place = a.place() == null ? "no place" : a.place().name();
    String by = a.perpetrator() == null ? "" : " by " + a.perpetrator().name();
    return a.eventType() + " " + date + " " + place + by;
  }
}
