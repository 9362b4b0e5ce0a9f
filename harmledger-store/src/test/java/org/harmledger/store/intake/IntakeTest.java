package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
  private final Intake intake = new Intake(IntakeLimits.defaults());

  @TempDir
  Path folder;

  @Test
  void foldersAreWalkedRecursivelyInNameOrderWithoutSidecarsOrHiddenFiles() throws IOException {
    write("b.txt", "Second.");
    write("a.txt", "First.");
    write("a.txt.meta.json", "{\"publisher\":\"SANA\"}");
    write(".notes.txt", "Hidden.");
    Files.createDirectories(folder.resolve("sub"));
    write("sub/c.md", "Third.");
    write("z.txt", "Last.");

    List<IntakeItem> items = read(folder);

    assertThat(items).extracting(IntakeItem::source).containsExactly(
        path("a.txt"), path("b.txt"), path("sub/c.md"), path("z.txt"));
    assertThat(items).allMatch(item -> item instanceof IntakeDocument);
  }

  @Test
  void givenPathsKeepTheirOrderAndAGivenSidecarIsNotAReport() throws IOException {
    write("b.txt", "B.");
    write("a.txt", "A.");
    write("a.meta.json", "{}");

    List<IntakeItem> items = read(folder.resolve("b.txt"), folder.resolve("a.meta.json"), folder.resolve("a.txt"));

    assertThat(items).extracting(IntakeItem::source).containsExactly(path("b.txt"), path("a.txt"));
  }

  @Test
  void aSidecarOverridesWhatTheContentStates() throws IOException {
    write("letter.txt", "Title: From the header\nPublisher: Header Press\n---\nThe ministry sent two letters.");
    write("letter.meta.json", "{\"title\":\"From the sidecar\",\"published\":\"2019-01-20\",\"kind\":\"official_statement\","
        + "\"language\":\"en\",\"url\":\"https://example.org/l\"}");

    IntakeDocument document = (IntakeDocument) read(folder.resolve("letter.txt")).get(0);

    assertThat(document.metadata().title()).isEqualTo("From the sidecar");
    assertThat(document.metadata().publisher()).isEqualTo("Header Press");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 20));
    assertThat(document.metadata().publishedFrom()).isEqualTo(PublishedFrom.METADATA);
    assertThat(document.metadata().kind()).isEqualTo(ReportKind.OFFICIAL_STATEMENT);
    assertThat(document.metadata().url()).isEqualTo("https://example.org/l");
    assertThat(document.text()).isEqualTo("The ministry sent two letters.");
  }

  @Test
  void aSidecarNamedAfterTheWholeFileNameOverridesHtmlMetadata() throws IOException {
    write("page.html", "<html lang=\"en\"><head><title>Page title</title></head><body><p>Text.</p></body></html>");
    write("page.html.meta.json", "{\"publisher\":\"Example News\",\"language\":\"ar\"}");

    IntakeDocument document = (IntakeDocument) read(folder.resolve("page.html")).get(0);

    assertThat(document.metadata().title()).isEqualTo("Page title");
    assertThat(document.metadata().publisher()).isEqualTo("Example News");
    assertThat(document.metadata().language()).isEqualTo("ar");
  }

  @Test
  void aPdfTakesTheRestOfItsMetadataFromItsSidecar() throws IOException {
    Files.write(folder.resolve("letter.pdf"), TestPdfs.withText("Letter", "The ministry sent two letters."));
    write("letter.meta.json", "{\"publisher\":\"Ministry of Foreign Affairs\",\"published\":\"2019-01-19\"}");

    IntakeDocument document = (IntakeDocument) read(folder.resolve("letter.pdf")).get(0);

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.metadata().title()).isEqualTo("Letter");
    assertThat(document.metadata().publisher()).isEqualTo("Ministry of Foreign Affairs");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 19));
  }

  @Test
  void aBadSidecarFailsTheDocumentNamingTheSidecar() throws IOException {
    write("a.txt", "Text.");
    write("a.meta.json", "{\"title\": ");
    write("b.txt", "Text.");
    write("b.meta.json", "{\"published\":\"Saturday\"}");

    List<IntakeItem> items = read(folder);

    assertThat(((IntakeFailure) items.get(0)).reason()).startsWith("sidecar a.meta.json: malformed JSON (");
    assertThat(items.get(1)).isEqualTo(new IntakeFailure(path("b.txt"),
        "sidecar b.meta.json: bad date 'Saturday' in 'published' (expected an ISO date such as 2019-01-20)"));
  }

  @Test
  void missingPathsDanglingLinksAndEmptyFilesFailAndTheWalkGoesOn() throws IOException {
    write("empty.txt", "");
    Files.createSymbolicLink(folder.resolve("link.txt"), folder.resolve("gone.txt"));
    write("ok.txt", "Text.");

    List<IntakeItem> items = read(folder.resolve("missing.txt"), folder);

    assertThat(items).containsExactly(
        new IntakeFailure(path("missing.txt"), "no such file or folder"),
        new IntakeFailure(path("empty.txt"), "empty file"),
        new IntakeFailure(path("link.txt"), "dangling symbolic link (its target " + folder.resolve("gone.txt") + " does not exist)"),
        items.get(3));
    assertThat(items.get(3).source()).isEqualTo(path("ok.txt"));
    assertThat(items.get(3)).isInstanceOf(IntakeDocument.class);
  }

  @Test
  void aFileOverTheLimitFailsFromItsSizeBeforeBeingRead() throws IOException {
    Path big = folder.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(200L * 1024 * 1024);
    }

    assertThat(read(big)).containsExactly(
        new IntakeFailure(path("big.txt"), "too large: 200.0 MB, the limit for one report is 32.0 MB"));
  }

  @Test
  void binaryInvalidAndScannedInputsFail() throws IOException {
    Files.write(folder.resolve("a.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Files.write(folder.resolve("b.txt"), new byte[] {'o', 'k', (byte) 0xC3});
    Files.write(folder.resolve("c.pdf"), TestPdfs.withoutText());

    List<IntakeItem> items = read(folder);

    assertThat(((IntakeFailure) items.get(0)).reason()).startsWith("binary content");
    assertThat(items.get(1)).isEqualTo(new IntakeFailure(path("b.txt"), "not valid UTF-8 at byte 2"));
    assertThat(items.get(2)).isEqualTo(new IntakeFailure(path("c.pdf"), "no extractable text (a scanned image?)"));
  }

  @Test
  void unknownExtensionsAreReadByTheirContent() throws IOException {
    write("notes.log", "Warplanes struck the village.");
    write("saved.page", "<!DOCTYPE html><html><body><p>From a page.</p></body></html>");
    Files.write(folder.resolve("letter.bin"), TestPdfs.withText(null, "From a PDF."));
    Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    write("README", "No extension.");

    List<IntakeItem> items = read(folder);

    assertThat(items.get(0).source()).isEqualTo(path("README"));
    assertThat(((IntakeDocument) items.get(0)).mediaType()).isEqualTo("text/plain");
    assertThat(((IntakeDocument) items.get(1)).mediaType()).isEqualTo("application/pdf");
    assertThat(((IntakeDocument) items.get(2)).text()).isEqualTo("Warplanes struck the village.");
    assertThat(items.get(3)).isEqualTo(
        new IntakeFailure(path("photo.png"), "unsupported file type '.png' (not PDF, HTML or UTF-8 text)"));
    assertThat(((IntakeDocument) items.get(4)).mediaType()).isEqualTo("text/html");
  }

  @Test
  void aFeedYieldsItsRecordsAmongTheOtherFiles() throws IOException {
    write("a.txt", "A.");
    write("b.jsonl", "{\"text\":\"B1\"}\nnot json\n{\"text\":\"B3\"}\n");
    write("c.txt", "C.");

    List<IntakeItem> items = read(folder);

    assertThat(items).extracting(IntakeItem::source).containsExactly(
        path("a.txt"), path("b.jsonl") + ":1", path("b.jsonl") + ":2", path("b.jsonl") + ":3", path("c.txt"));
    assertThat(((IntakeFailure) items.get(2)).reason()).startsWith("malformed JSON");
  }

  @Test
  void aFeedIsReadLazily() throws IOException {
    Path feed = folder.resolve("feed.ndjson");
    try (Writer out = Files.newBufferedWriter(feed)) {
      for (int i = 1; i <= 100_000; i++) {
        out.write("{\"text\":\"Report " + i + " about an airstrike.\"}\n");
      }
    }
    List<String> texts = new ArrayList<>();
    try (Stream<IntakeItem> items = intake.read(List.of(feed))) {
      Iterator<IntakeItem> iterator = items.iterator();
      for (int i = 0; i < 10; i++) {
        texts.add(((IntakeDocument) iterator.next()).text());
      }
      // Appended after ten records were taken: it can only be seen if the feed was not read whole.
      Files.writeString(feed, "{\"text\":\"Appended.\"}\n", StandardOpenOption.APPEND);
      IntakeItem last = null;
      while (iterator.hasNext()) {
        last = iterator.next();
      }
      texts.add(((IntakeDocument) last).text());
      assertThat(last.source()).isEqualTo(feed + ":100001");
    }

    assertThat(texts).startsWith("Report 1 about an airstrike.").endsWith("Appended.");
  }

  @Test
  void aFolderIsListedOnlyWhenTheWalkReachesIt() throws IOException {
    write("a.txt", "A.");
    Files.createDirectories(folder.resolve("later"));

    try (Stream<IntakeItem> items = intake.read(List.of(folder))) {
      Iterator<IntakeItem> iterator = items.iterator();
      assertThat(iterator.next().source()).isEqualTo(path("a.txt"));
      write("later/b.txt", "Written after the walk began.");
      assertThat(iterator.next().source()).isEqualTo(path("later/b.txt"));
      assertThat(iterator.hasNext()).isFalse();
    }
  }

  @Test
  void aFolderReachedTwiceThroughALinkIsWalkedOnce() throws IOException {
    Files.createDirectories(folder.resolve("sub"));
    write("sub/a.txt", "A.");
    Files.createSymbolicLink(folder.resolve("sub/loop"), folder);

    assertThat(read(folder)).extracting(IntakeItem::source).containsExactly(path("sub/a.txt"));
  }

  private List<IntakeItem> read(Path... paths) {
    try (Stream<IntakeItem> items = intake.read(List.of(paths))) {
      return items.toList();
    }
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String path(String name) {
    return folder.resolve(name).toString();
  }
}
