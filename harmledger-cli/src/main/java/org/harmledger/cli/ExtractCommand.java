package org.harmledger.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Assertion;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.model.json.AssertionJson;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.harmledger.store.intake.IntakeItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ExtractCommand is {@code harmledger extract FILE... [--published DATE] [--publisher NAME]}: it
 * reads each input as ingest would (text, HTML, PDF, JSON Lines; folders walked), runs the
 * extraction pipeline and prints one JSON object per document (JSON Lines) in the shape of the
 * extract contract. It is stateless and touches no database. An input that cannot be read gets
 * one line on stderr naming it and the reason; the others are still printed, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the assertions each report makes, one JSON object per file (JSON Lines); stores nothing.")
public final class ExtractCommand implements Callable<Integer> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports to read: text, HTML, PDF, JSON Lines, or folders of them.")
  private List<Path> files;


  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for every file.")
  private String published;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher of every file; the claimant when nobody is named.")
  private String publisher;

  @Spec
  private CommandSpec spec;

  private final Supplier<? extends Extractor> extractor;

  /** The command over the default pipeline (bundled rules, gazetteer and actor dictionaries). */
  public ExtractCommand() {
    this(ExtractionPipeline::createDefault);
  }

  /** The command over the given extractor, built when the command runs. */
  public ExtractCommand(Supplier<? extends Extractor> extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published.trim());
      } catch (DateTimeParseException e) {
        err.println("harmledger: extract: --published '" + published + "' is not a date (expected YYYY-MM-DD)");
        err.flush();
        return 2;
      }
    }
    Extractor pipeline = extractor.get();
    int exit = 0;
    try (Stream<IntakeItem> items = Wiring.documents(files)) {
      for (IntakeItem item : (Iterable<IntakeItem>) items::iterator) {
        if (item instanceof IntakeDocument doc) {
          Extraction extraction = pipeline.extract(doc.text(), withArguments(doc.metadata(), date));
          out.println(line(doc.source(), Sha256.of(doc.original()), extraction));
          out.flush();
        } else {
          err.println("harmledger: " + ((IntakeFailure) item).message());
          err.flush();
          exit = 1;
        }
      }
    }
    return exit;
  }

  /** Options given on the command line win over what the document itself says. */
  private ReportMetadata withArguments(ReportMetadata meta, LocalDate date) {
    ReportMetadata m = date == null ? meta : meta.withPublished(date, PublishedFrom.ARGUMENT);
    return publisher == null ? m : m.withPublisher(publisher);
  }

  private static String line(String source, Sha256 sha, Extraction extraction) {
    ReportMetadata m = extraction.metadata();
    ObjectNode root = NODES.objectNode();
    ObjectNode doc = root.putObject("document");
    doc.put("path", source);
    doc.put("sha256", sha.hex());
    doc.put("title", m.title());
    doc.put("publisher", m.publisher());
    doc.put("published", m.published() == null ? null : m.published().toString());
    doc.put("published_from", m.publishedFrom().code());
    doc.put("language", m.language());
    ArrayNode assertions = root.putArray("assertions");
    for (Assertion a : extraction.assertions()) {
      assertions.add(AssertionJson.toJson(a));
    }
    return root.toString();
  }
}
