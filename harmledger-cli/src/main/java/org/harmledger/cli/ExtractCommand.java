package org.harmledger.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Assertion;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.model.json.AssertionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ExtractCommand is {@code harmledger extract FILE... [--published DATE] [--publisher NAME]}: it
 * reads each file as UTF-8 text, runs the extraction pipeline and prints one JSON object per file
 * (JSON Lines) in the shape of the extract contract. It is stateless and touches no database. A
 * file that cannot be read gets one line on stderr naming it and the reason; the others are still
 * printed, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the assertions each report makes, one JSON object per file (JSON Lines); stores nothing.")
public final class ExtractCommand implements Callable<Integer> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files to read.")
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
        err.println("extract: --published '" + published + "' is not a date (expected YYYY-MM-DD)");
        err.flush();
        return 2;
      }
    }
    Extractor pipeline = extractor.get();
    int exit = 0;
    for (Path file : files) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        ReportMetadata meta = new ReportMetadata(null, publisher, null, date,
            date == null ? PublishedFrom.UNKNOWN : PublishedFrom.ARGUMENT, null, ReportKind.OTHER);
        Extraction extraction = pipeline.extract(text(bytes), meta);
        out.println(line(file, Sha256.of(bytes), extraction));
        out.flush();
      } catch (IOException e) {
        err.println("extract: " + file + ": " + reason(e));
        err.flush();
        exit = 1;
      }
    }
    return exit;
  }

  /** Strict UTF-8, without a leading byte-order mark: offsets count characters of the text itself. */
  private static String text(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String line(Path file, Sha256 sha, Extraction extraction) {
    ReportMetadata m = extraction.metadata();
    ObjectNode root = NODES.objectNode();
    ObjectNode doc = root.putObject("document");
    doc.put("path", file.toString());
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
