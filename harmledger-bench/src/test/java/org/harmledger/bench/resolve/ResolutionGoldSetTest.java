package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionGoldSetTest {
  private static final Path GOLD = Path.of("gold", "resolution.jsonl");

  @Test
  void theShippedGoldSetIsBigEnoughAndWellFormed() throws IOException {
    ResolutionGoldSet gold = ResolutionGoldSet.read(GOLD);
    assertThat(gold.reports()).hasSizeGreaterThanOrEqualTo(66);
    assertThat(new HashSet<>(gold.grouping().values())).hasSizeGreaterThanOrEqualTo(22);
    Set<String> grades = new HashSet<>(gold.expectedGrades().values());
    grades.forEach(g -> assertThat(Grade.fromCode(g)).isNotNull());
    assertThat(grades).contains("confirmed", "fair", "weak", "contested");
    assertThat(gold.reports()).anyMatch(r -> r.republicationOf() != null);
    assertThat(gold.reports()).allMatch(r -> r.published().getYear() >= 2017 && r.published().getYear() <= 2019);
  }

  @Test
  void aRepublicationOfAnUnknownReportIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"r001\",\"title\":\"t\",\"publisher\":\"p\",\"published\":\"2019-01-01\","
        + "\"kind\":\"news\",\"republication_of\":\"r000\",\"text\":\"x\",\"incident\":\"I01\",\"expected_grade\":\"weak\"}\n");
    assertThatThrownBy(() -> ResolutionGoldSet.read(bad))
        .hasMessage(bad + ":1: republication_of r000 names no earlier report");
  }

  @Test
  void aBadDateIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "\n{\"id\":\"r001\",\"publisher\":\"p\",\"published\":\"19 Jan\",\"text\":\"x\"}\n");
    assertThatThrownBy(() -> ResolutionGoldSet.read(bad)).hasMessageStartingWith(bad + ":2: not a valid gold report");
  }
}
