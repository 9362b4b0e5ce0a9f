package org.harmledger.bench.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;

/**
 * ResolutionQuality is the end-to-end quality benchmark of resolution: it reads each report of
 * the gold set through the real extraction pipeline, resolves what comes out, and prints
 * pairwise and B-cubed precision, recall and F1 and grade accuracy; then the same scores for the
 * hand-coded gold assertions, which measure resolution alone; then the example reports against
 * the incidents they were written to describe ({@link ExampleIncidents}, from {@code examples}).
 * Arguments: the gold file and the assertions file (defaults {@code gold/resolution.jsonl} and
 * {@code gold/resolution-assertions.jsonl}).
 */
public final class ResolutionQuality {
  private ResolutionQuality() {}

  /** The gold reports as the extractor reads them, with the gold report of each assertion. */
  static GoldAssertions.Loaded extract(ResolutionGoldSet gold, Extractor extractor) {
    Map<String, GoldReport> byId = new HashMap<>();
    gold.reports().forEach(r -> byId.put(r.id(), r));
    List<SourcedAssertion> assertions = new ArrayList<>();
    Map<String, String> goldReportOf = new HashMap<>();
    for (GoldReport r : gold.reports()) {
      ReportMetadata meta = new ReportMetadata(r.title(), r.publisher(), null, r.published(), PublishedFrom.METADATA,
          "en", ReportKind.fromCode(r.kind()));
      Extraction e = extractor.extract(r.text(), meta);
      Sha256 id = GoldAssertions.idOf(r);
      Sha256 original = r.republicationOf() == null ? null : GoldAssertions.idOf(byId.get(r.republicationOf()));
      for (int i = 0; i < e.assertions().size(); i++) {
        SourcedAssertion a = SourcedAssertion.of(id, i, e.metadata(), original, e.assertions().get(i));
        assertions.add(a);
        goldReportOf.put(a.assertionId(), r.id());
      }
    }
    return new GoldAssertions.Loaded(assertions, goldReportOf);
  }

  public static void main(String[] args) throws IOException {
    Path goldFile = Path.of(args.length > 0 ? args[0] : "harmledger-bench/gold/resolution.jsonl");
    Path assertionsFile = Path.of(args.length > 1 ? args[1] : "harmledger-bench/gold/resolution-assertions.jsonl");
    ResolutionGoldSet gold = ResolutionGoldSet.read(goldFile);
    IncidentResolver resolver = IncidentResolver.loadDefault();
    GoldAssertions.Loaded extracted = extract(gold, ExtractionPipeline.createDefault());
    Resolution fromText = resolver.resolve(extracted.assertions(), List.of());
    System.out.println("extracted by the pipeline (" + extracted.assertions().size() + " assertions from "
        + gold.reports().size() + " reports)");
    System.out.println(ResolutionScorer.score(gold, fromText, extracted.goldReportOf()).describe());
    GoldAssertions.Loaded coded = GoldAssertions.read(assertionsFile, gold);
    Resolution fromGold = resolver.resolve(coded.assertions(), List.of());
    System.out.println();
    System.out.println("hand-coded gold assertions (" + coded.assertions().size() + " assertions)");
    System.out.println(ResolutionScorer.score(gold, fromGold, coded.goldReportOf()).describe());
    System.out.println();
    System.out.println("example reports against examples/incidents-expected.json");
    System.out.println(ExampleIncidents.measure(Path.of("examples"), ExtractionPipeline.createDefault(), resolver)
        .describe());
  }
}
