package org.harmledger.bench.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.PairScore;
import org.harmledger.resolve.ReportPairs;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.intake.Intake;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeItem;
import org.harmledger.store.intake.IntakeLimits;

/**
 * ExampleIncidents measures resolution on the example reports: it reads {@code reports/} of the
 * examples folder with the intake readers ingest uses, extracts each report through the real
 * pipeline, resolves everything, and compares the grouping of reports with
 * {@code incidents-expected.json} ({@link ReportPairs}), with the incident and unattached
 * statement counts. Republications are not detected here (ingest links them), which changes no
 * grouping. Argument: the examples folder (default {@code examples}).
 */
public final class ExampleIncidents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExampleIncidents() {}

  /** What one measurement found. */
  public record Measured(int reports, int assertions, int incidents, int unattached, int expected,
      PairScore pairwise) {
    public String describe() {
      return String.format(Locale.ROOT, "%d reports, %d assertions: %d incidents and %d unattached statements for %d "
          + "expected incidents%n%s", reports, assertions, incidents, unattached, expected, pairwise.describe());
    }
  }

  public static Measured measure(Path examples, Extractor extractor, IncidentResolver resolver) throws IOException {
    Path reports = examples.resolve("reports");
    Map<String, String> reportOf = new HashMap<>();
    List<SourcedAssertion> assertions = new ArrayList<>();
    try (Stream<IntakeItem> items = new Intake(IntakeLimits.defaults()).read(List.of(reports))) {
      for (IntakeItem item : (Iterable<IntakeItem>) items::iterator) {
        if (!(item instanceof IntakeDocument d)) {
          throw new IOException("cannot read an example: " + item);
        }
        Sha256 id = Sha256.of(d.original());
        reportOf.put(relative(reports, d.source()), id.hex());
        Extraction e = extractor.extract(d.text(), d.metadata());
        for (int i = 0; i < e.assertions().size(); i++) {
          assertions.add(SourcedAssertion.of(id, i, e.metadata(), null, e.assertions().get(i)));
        }
      }
    }
    List<Set<String>> expected = new ArrayList<>();
    for (JsonNode incident : JSON.readTree(Files.readString(examples.resolve("incidents-expected.json")))
        .path("incidents")) {
      Set<String> group = new HashSet<>();
      for (JsonNode r : incident.path("reports")) {
        String id = reportOf.get(r.asText());
        if (id == null) {
          throw new IOException("incidents-expected.json names " + r.asText() + ", which is not among the reports");
        }
        group.add(id);
      }
      expected.add(group);
    }
    Resolution r = resolver.resolve(assertions, List.of());
    List<Set<String>> found = new ArrayList<>();
    for (Incident i : r.incidents()) {
      Set<String> group = new HashSet<>();
      i.assertionIds().forEach(a -> group.add(a.substring(0, a.lastIndexOf(':'))));
      found.add(group);
    }
    return new Measured(reportOf.size(), assertions.size(), r.incidents().size(), r.unattached().size(),
        expected.size(), ReportPairs.score(found, expected));
  }

  /** The source as incidents-expected.json names it: the path under reports/, and :LINE for a feed line. */
  private static String relative(Path reports, String source) {
    String line = source.matches(".*:\\d+$") ? source.substring(source.lastIndexOf(':')) : "";
    Path file = Path.of(line.isEmpty() ? source : source.substring(0, source.length() - line.length()));
    return reports.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
        .replace('\\', '/') + line;
  }

  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args.length > 0 ? args[0] : "examples");
    System.out.println(measure(examples, ExtractionPipeline.createDefault(), IncidentResolver.loadDefault()).describe());
  }
}
