package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader(IntakeLimits.defaults());

  @Test
  void eachLineIsOneReportWithItsExactBytesAsTheOriginal() {
    String first = "{\"title\":\"Letters to the UN\",\"text\":\"The ministry sent\\r\\ntwo letters.\","
        + "\"publisher\":\"SANA\",\"url\":\"https://example.org/1\",\"published\":\"2019-01-20\","
        + "\"language\":\"en\",\"kind\":\"official_statement\"}";
    String second = "{\"text\":\"قصف طيران التحالف قرية الباغوز\"}";

    List<IntakeItem> items = read(first + "\r\n" + second + "\n");

    assertThat(items).hasSize(2);
    IntakeDocument one = (IntakeDocument) items.get(0);
    assertThat(one.source()).isEqualTo("feed.jsonl:1");
    assertThat(one.original()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(one.text()).isEqualTo("The ministry sent\ntwo letters.");
    assertThat(one.mediaType()).isEqualTo("application/json");
    assertThat(one.metadata()).isEqualTo(new ReportMetadata("Letters to the UN", "SANA", "https://example.org/1",
        LocalDate.of(2019, 1, 20), PublishedFrom.METADATA, "en", ReportKind.OFFICIAL_STATEMENT));
    IntakeDocument two = (IntakeDocument) items.get(1);
    assertThat(two.source()).isEqualTo("feed.jsonl:2");
    assertThat(two.original()).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    assertThat(two.metadata().language()).isEqualTo("ar");
    assertThat(two.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
  }

  @Test
  void blankLinesAreSkippedAndLineNumbersStayTrue() {
    List<IntakeItem> items = read("\n   \n{\"text\":\"A\"}\n\n{\"text\":\"B\"}");

    assertThat(items).extracting(IntakeItem::source).containsExactly("feed.jsonl:3", "feed.jsonl:5");
  }

  @Test
  void aMalformedLineFailsAndTheOtherLinesStillComeThrough() {
    List<IntakeItem> items = read("{\"text\":\"A\"}\n{\"text\": \"B\"\n{\"text\":\"C\"}\n");

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isInstanceOf(IntakeDocument.class);
    IntakeFailure failure = (IntakeFailure) items.get(1);
    assertThat(failure.source()).isEqualTo("feed.jsonl:2");
    assertThat(failure.reason()).startsWith("malformed JSON (at column");
    assertThat(failure.message()).startsWith("feed.jsonl:2: malformed JSON (");
    assertThat(items.get(2)).isInstanceOf(IntakeDocument.class);
  }

  @Test
  void trailingContentAfterTheObjectIsMalformed() {
    assertThat(((IntakeFailure) read("{\"text\":\"A\"} {\"text\":\"B\"}").get(0)).reason()).startsWith("malformed JSON");
  }

  @Test
  void aLineMissingTextFails() {
    assertThat(read("{\"title\":\"No body\"}")).containsExactly(new IntakeFailure("feed.jsonl:1", "missing 'text'"));
    assertThat(read("{\"text\":\"  \"}")).containsExactly(new IntakeFailure("feed.jsonl:1", "empty 'text'"));
  }

  @Test
  void wrongTypesAndBadDatesFailTheirLine() {
    assertThat(read("{\"text\":42}"))
        .containsExactly(new IntakeFailure("feed.jsonl:1", "'text' must be a string but is number"));
    assertThat(read("[1,2]"))
        .containsExactly(new IntakeFailure("feed.jsonl:1", "expected a JSON object but found array"));
    assertThat(read("{\"text\":\"A\",\"published\":\"20/01/2019\"}")).containsExactly(new IntakeFailure(
        "feed.jsonl:1", "bad date '20/01/2019' in 'published' (expected an ISO date such as 2019-01-20)"));
  }

  @Test
  void invalidUtf8InALineNamesTheByteInThatLine() {
    byte[] feed = concat("{\"text\":\"A\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
        "\"}\n".getBytes(StandardCharsets.UTF_8));

    List<IntakeItem> items = read(feed);

    assertThat(items.get(1)).isEqualTo(new IntakeFailure("feed.jsonl:2", "not valid UTF-8 at byte 9"));
  }

  @Test
  void aLineOverTheLimitFailsWithoutBeingKept() {
    JsonLinesReader small = new JsonLinesReader(new IntakeLimits(1024 * 1024));
    String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    List<IntakeItem> items;
    try (Stream<IntakeItem> stream = small.read("feed.jsonl", input(big + "\n{\"text\":\"after\"}\n"))) {
      items = stream.toList();
    }

    assertThat(items.get(0)).isEqualTo(
        new IntakeFailure("feed.jsonl:1", "too large: 2.0 MB, the limit for one report is 1.0 MB"));
    assertThat(((IntakeDocument) items.get(1)).text()).isEqualTo("after");
  }

  @Test
  void binaryContentEndsTheFeedWithOneFailure() {
    byte[] feed = concat("{\"text\":\"A\"}\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x89, 'P', 0, 0, '\n', 0, '\n'});

    List<IntakeItem> items = read(feed);

    assertThat(items).hasSize(2);
    assertThat(((IntakeFailure) items.get(1)).reason()).startsWith("binary content (a NUL byte at byte 2)");
  }

  @Test
  void aFeedOfBlankLinesFails() {
    assertThat(read("\n \n")).containsExactly(new IntakeFailure("feed.jsonl", "no records (only blank lines)"));
  }

  @Test
  void recordsArriveLazilyFromAHundredThousandLineFeed(@TempDir Path folder) throws IOException {
    Path feed = folder.resolve("big.jsonl");
    try (Writer out = Files.newBufferedWriter(feed)) {
      for (int i = 1; i <= 100_000; i++) {
        out.write("{\"title\":\"Report " + i + "\",\"text\":\"Airstrike number " + i + " on the village.\"}\n");
      }
    }
    long size = Files.size(feed);
    CountingInput counting = new CountingInput(Files.newInputStream(feed));

    List<IntakeItem> first;
    try (Stream<IntakeItem> items = reader.read(feed.toString(), counting)) {
      first = items.limit(10).toList();
    }

    assertThat(first).hasSize(10).allMatch(item -> item instanceof IntakeDocument);
    assertThat(((IntakeDocument) first.get(9)).metadata().title()).isEqualTo("Report 10");
    assertThat(counting.read).isLessThan(size / 10);
    assertThat(counting.closed).isTrue();
  }

  @Property(tries = 500)
  void anyBytesGiveDocumentsOrFailures(@ForAll byte[] bytes) {
    List<IntakeItem> items = read(bytes);

    assertThat(items).allMatch(item -> item.source().startsWith("feed.jsonl"));
  }

  private List<IntakeItem> read(String feed) {
    return read(feed.getBytes(StandardCharsets.UTF_8));
  }

  private List<IntakeItem> read(byte[] feed) {
    try (Stream<IntakeItem> items = reader.read("feed.jsonl", new ByteArrayInputStream(feed))) {
      return items.toList();
    }
  }

  private static InputStream input(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** Counts the bytes taken from a stream, to show how little of a feed was read. */
  private static final class CountingInput extends FilterInputStream {
    private long read;
    private boolean closed;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
