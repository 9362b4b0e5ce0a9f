package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeItemsTest {
  private final IntakeLimits limits = IntakeLimits.defaults();
  private final FileIntake files =
      new FileIntake(limits, new Formats(), new Sidecars(new MetadataJson(limits), limits), new JsonLinesReader(limits));

  @TempDir
  Path folder;

  @Test
  void filesWithoutItemsAreSkippedAndTheNextFileFollows() throws IOException {
    Files.writeString(folder.resolve("a.jsonl"), "{\"text\":\"A\"}\n");
    Files.writeString(folder.resolve("b.txt"), "B.");

    try (IntakeItems items = new IntakeItems(new SortedWalk(List.of(folder)), files)) {
      assertThat(items.next().source()).isEqualTo(folder.resolve("a.jsonl") + ":1");
      assertThat(items.next().source()).isEqualTo(folder.resolve("b.txt").toString());
      assertThat(items.hasNext()).isFalse();
    }
  }

  @Test
  void closingEarlyAndAgainIsSafe() throws IOException {
    Files.writeString(folder.resolve("a.jsonl"), "{\"text\":\"A\"}\n{\"text\":\"B\"}\n");

    IntakeItems items = new IntakeItems(new SortedWalk(List.of(folder)), files);
    assertThat(items.next()).isInstanceOf(IntakeDocument.class);
    items.close();
    items.close();
  }
}
