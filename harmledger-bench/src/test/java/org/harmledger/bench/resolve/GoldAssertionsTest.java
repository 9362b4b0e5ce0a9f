package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.SourcedAssertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldAssertionsTest {
  @Test
  void readsOneOrMoreAssertionsForEveryGoldReport() throws IOException {
    ResolutionGoldSet gold = ResolutionGoldSet.read(Path.of("gold", "resolution.jsonl"));
    GoldAssertions.Loaded loaded = GoldAssertions.read(Path.of("gold", "resolution-assertions.jsonl"), gold);
    assertThat(new HashSet<>(loaded.goldReportOf().values())).isEqualTo(gold.grouping().keySet());
    assertThat(loaded.assertions().stream().map(SourcedAssertion::assertionId).distinct().count())
        .isEqualTo(loaded.assertions().size());
    SourcedAssertion copy = loaded.assertions().stream()
        .filter(a -> loaded.goldReportOf().get(a.assertionId()).equals("r002")).findFirst().orElseThrow();
    SourcedAssertion original = loaded.assertions().stream()
        .filter(a -> loaded.goldReportOf().get(a.assertionId()).equals("r001")).findFirst().orElseThrow();
    assertThat(copy.republicationOf()).isEqualTo(original.reportId());
    assertThat(copy.reportId()).isNotEqualTo(original.reportId());
    assertThat(original.assertion().killed().get(CasualtyCategory.CIVILIANS).max()).isNull();
    assertThat(original.report().publisher()).isEqualTo("Levant Wire Service");
  }

  @Test
  void anAssertionOfAnUnknownReportIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, "{\"report\":\"r999\"}\n");
    ResolutionGoldSet gold = ResolutionGoldSet.read(Path.of("gold", "resolution.jsonl"));
    assertThatThrownBy(() -> GoldAssertions.read(file, gold)).hasMessage(file + ":1: report r999 is not in the gold set");
  }
}
