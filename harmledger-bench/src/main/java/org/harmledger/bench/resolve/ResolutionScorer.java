package org.harmledger.bench.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;

/**
 * The ResolutionScorer scores a Resolution against the gold set. A gold report is predicted to
 * belong to the incident holding its first assertion, and to get that incident's grade; a report
 * with no assertion in the resolution is a singleton with no grade. Its {@code main} resolves the
 * hand-coded gold assertions and prints the scores; arguments: the gold file and the assertions
 * file (defaults {@code gold/resolution.jsonl} and {@code gold/resolution-assertions.jsonl}).
 */
public final class ResolutionScorer {
  private ResolutionScorer() {}

  public static ResolutionScore score(ResolutionGoldSet gold, Resolution resolution, Map<String, String> goldReportOf) {
    Map<String, String> firstOf = new HashMap<>();
    goldReportOf.forEach((assertionId, report) -> firstOf.merge(report, assertionId,
        (x, y) -> index(x) <= index(y) ? x : y));
    Set<String> firsts = new HashSet<>(firstOf.values());
    Map<String, String> incidentOf = new HashMap<>();
    Map<String, String> gradeOf = new HashMap<>();
    for (Incident i : resolution.incidents()) {
      for (String assertionId : i.assertionIds()) {
        if (firsts.contains(assertionId)) {
          incidentOf.put(goldReportOf.get(assertionId), i.id());
          gradeOf.put(goldReportOf.get(assertionId), i.grade().grade().code());
        }
      }
    }
    return new ResolutionScore(PairwiseMetric.score(incidentOf, gold.grouping()),
        BCubedMetric.score(incidentOf, gold.grouping()), GradeAccuracy.of(gradeOf, gold.expectedGrades()),
        resolution.incidents().size());
  }

  private static int index(String assertionId) {
    return Integer.parseInt(assertionId.substring(assertionId.lastIndexOf(':') + 1));
  }

  public static void main(String[] args) throws IOException {
    Path goldFile = Path.of(args.length > 0 ? args[0] : "harmledger-bench/gold/resolution.jsonl");
    Path assertionsFile = Path.of(args.length > 1 ? args[1] : "harmledger-bench/gold/resolution-assertions.jsonl");
    ResolutionGoldSet gold = ResolutionGoldSet.read(goldFile);
    GoldAssertions.Loaded loaded = GoldAssertions.read(assertionsFile, gold);
    Resolution r = IncidentResolver.loadDefault().resolve(loaded.assertions(), List.of());
    System.out.println(score(gold, r, loaded.goldReportOf()).describe());
  }
}
