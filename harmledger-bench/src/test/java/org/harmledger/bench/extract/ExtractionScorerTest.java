package org.harmledger.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.model.Extraction;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

  private static List<GoldCase> sample() throws IOException, URISyntaxException {
    return ExtractionQuality.read(Path.of(ExtractionScorerTest.class.getResource("gold-sample.jsonl").toURI()));
  }

  @Test
  void anExtractorThatFindsNothingHasNoRecallAndFullPrecision() throws Exception {
    ExtractionScorer scorer = new ExtractionScorer((text, meta) -> new Extraction(meta, List.of(), "none"),
        BenchFixtures.GAZETTEER);
    QualityReport report = scorer.score(sample());
    FieldScore type = report.field("event_type");
    assertThat(type.truePositives()).isZero();
    assertThat(type.falseNegatives()).isEqualTo(7);
    assertThat(type.recall()).isZero();
    assertThat(type.precision()).isEqualTo(1.0);
    assertThat(report.field("killed.men").exactMatch()).isEqualTo(1.0);
    assertThat(report.failures()).contains("sample-1 event_type: expected airstrike but was null");
  }

  @Test
  void scoresThePipelineOnTheSampleLines() throws Exception {
    ExtractionScorer scorer = new ExtractionScorer(
        ExtractionPipeline.create(BenchFixtures.GAZETTEER, BenchFixtures.ACTORS), BenchFixtures.GAZETTEER);
    QualityReport report = scorer.score(sample());
    System.out.print(report.format());
    assertThat(report.field("event_type").recall()).isEqualTo(1.0);
    assertThat(report.field("killed.total").precision()).isEqualTo(1.0);
    assertThat(report.field("primary").exactMatch()).isEqualTo(1.0);
    assertThat(report.fields()).extracting(FieldScore::field).containsExactlyElementsOf(ExtractionScorer.fields());
  }

  @Test
  void aBadGoldLineIsNamedWithItsNumber(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path gold = java.nio.file.Files.writeString(dir.resolve("g.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionQuality.read(gold))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("g.jsonl:2: gold line needs an id and a text");
  }
}
