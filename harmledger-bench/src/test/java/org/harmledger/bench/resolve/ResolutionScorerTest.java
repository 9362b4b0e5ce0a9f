package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;
import org.junit.jupiter.api.Test;

class ResolutionScorerTest {
  private final ResolutionGoldSet gold;
  private final GoldAssertions.Loaded loaded;
  private final Resolution resolution;

  ResolutionScorerTest() throws IOException {
    gold = ResolutionGoldSet.read(Path.of("gold", "resolution.jsonl"));
    loaded = GoldAssertions.read(Path.of("gold", "resolution-assertions.jsonl"), gold);
    resolution = IncidentResolver.loadDefault().resolve(loaded.assertions(), List.of());
  }

  @Test
  void perfectlyExtractedGoldReportsResolveToTheGoldIncidentsExceptTheDocumentedCase() {
    ResolutionScore s = ResolutionScorer.score(gold, resolution, loaded.goldReportOf());
    assertThat(s.pairwise().precision()).isEqualTo(1.0);
    assertThat(s.bcubed().precision()).isEqualTo(1.0);
    assertThat(s.incidents()).isEqualTo(23);
    // I06: Iraqi state media describe a planted bomb, the others an airstrike; event families differ.
    Map<String, String> wrong = gold.expectedGrades().keySet().stream()
        .filter(r -> !gold.expectedGrades().get(r).equals(gradeOf(r)))
        .collect(Collectors.toMap(r -> r, r -> gold.grouping().get(r)));
    assertThat(wrong).containsOnlyKeys("r018", "r019", "r020").containsValues("I06");
    assertThat(s.grades().correct()).isEqualTo(65);
    assertThat(s.grades().misses()).containsOnlyKeys("r018", "r019", "r020");
    assertThat(s.describe()).contains("incidents 23").contains("grades    65/68")
        .contains("missed    r018 " + s.grades().misses().get("r018"));
  }

  @Test
  void anEmptyResolutionLeavesEveryReportASingletonWithoutGrade() {
    ResolutionScore s = ResolutionScorer.score(gold, Resolution.empty(), loaded.goldReportOf());
    assertThat(s.pairwise().recall()).isZero();
    assertThat(s.bcubed().precision()).isEqualTo(1.0);
    assertThat(s.grades().correct()).isZero();
  }

  private String gradeOf(String report) {
    return resolution.incidents().stream()
        .filter(i -> i.assertionIds().stream().anyMatch(a -> report.equals(loaded.goldReportOf().get(a))))
        .map(i -> i.grade().grade().code()).findFirst().orElse(null);
  }
}
