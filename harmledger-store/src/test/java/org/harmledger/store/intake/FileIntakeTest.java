package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIntakeTest {
  private final IntakeLimits limits = new IntakeLimits(100);
  private final FileIntake files =
      new FileIntake(limits, new Formats(), new Sidecars(new MetadataJson(limits), limits), new JsonLinesReader(limits));

  @TempDir
  Path folder;

  @Test
  void aFileOverTheLimitFailsButAFeedOverItStreams() throws IOException {
    String record = "{\"text\":\"" + "x".repeat(60) + "\"}\n";
    Files.writeString(folder.resolve("big.txt"), "y".repeat(101));
    Files.writeString(folder.resolve("feed.jsonl"), record.repeat(3));

    assertThat(read("big.txt")).containsExactly(
        new IntakeFailure(path("big.txt"), "too large: 101 bytes, the limit for one report is 100 bytes"));
    assertThat(read("feed.jsonl")).hasSize(3).allMatch(item -> item instanceof IntakeDocument);
  }

  @Test
  void anEmptyFeedIsAnEmptyFile() throws IOException {
    Files.writeString(folder.resolve("feed.jsonl"), "");

    assertThat(read("feed.jsonl")).containsExactly(new IntakeFailure(path("feed.jsonl"), "empty file"));
  }

  @Test
  void aFolderOrAMissingFileFails() throws IOException {
    Files.createDirectories(folder.resolve("sub"));

    assertThat(read("sub")).containsExactly(new IntakeFailure(path("sub"), "not a regular file"));
    assertThat(read("none.txt")).containsExactly(new IntakeFailure(path("none.txt"), "no such file or folder"));
  }

  @Test
  void theDocumentKeepsTheFileBytesAndItsPathAsSource() throws IOException {
    Files.writeString(folder.resolve("a.txt"), "Published: 2019-01-20\n---\nText.");

    IntakeDocument document = (IntakeDocument) read("a.txt").get(0);

    assertThat(document.source()).isEqualTo(path("a.txt"));
    assertThat(document.original()).isEqualTo(Files.readAllBytes(folder.resolve("a.txt")));
  }

  private List<IntakeItem> read(String name) {
    try (Stream<IntakeItem> items = files.read(folder.resolve(name))) {
      return items.toList();
    }
  }

  private String path(String name) {
    return folder.resolve(name).toString();
  }
}
