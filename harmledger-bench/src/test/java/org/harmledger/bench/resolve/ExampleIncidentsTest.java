package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.resolve.IncidentResolver;
import org.junit.jupiter.api.Test;

class ExampleIncidentsTest {
  @Test
  void measure_readsEveryExample_andScoresTheGroupingAgainstTheExpectedIncidents() throws IOException {
    ExampleIncidents.Measured m = ExampleIncidents.measure(Path.of("..", "examples"),
        ExtractionPipeline.createDefault(), IncidentResolver.loadDefault());

    assertThat(m.expected()).isEqualTo(10);
    assertThat(m.reports()).isEqualTo(31);
    // Measured 2026-11-27: 10 incidents, pairwise P 1.000 R 0.987 F1 0.993; the floors guard regressions.
    assertThat(m.pairwise().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(m.pairwise().f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(m.incidents()).isBetween(10, 11);
    assertThat(m.describe()).contains("pairwise  P ");
  }
}
