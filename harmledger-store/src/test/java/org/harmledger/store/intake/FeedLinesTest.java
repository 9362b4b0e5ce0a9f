package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedLinesTest {

  @Test
  void linesAreSplitAtNewlinesWithCarriageReturnsPartOfTheTerminator() throws IOException {
    assertThat(lines("a\r\nbb\n\nc\rd", 100)).containsExactly("1:a", "2:bb", "3:", "4:c\rd");
  }

  @Test
  void aFinalNewlineDoesNotMakeAnEmptyLine() throws IOException {
    assertThat(lines("a\n", 100)).containsExactly("1:a");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void linesLongerThanTheBufferAreKeptWhole() throws IOException {
    String longLine = "y".repeat(200_000);

    assertThat(lines(longLine + "\nz", 300_000)).containsExactly("1:" + longLine, "2:z");
  }

  @Test
  void aLineOverTheLimitIsCountedButNotKept() throws IOException {
    try (FeedLines feed = feed("12345678\nok\n", 5)) {
      FeedLine skipped = feed.next();
      assertThat(skipped.skipped()).isTrue();
      assertThat(skipped.length()).isEqualTo(8);
      assertThat(new String(feed.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("ok");
      assertThat(feed.next()).isNull();
    }
  }

  @Test
  void aLineExactlyAtTheLimitIsKeptEvenWithACarriageReturn() throws IOException {
    assertThat(lines("12345\r\n", 5)).containsExactly("1:12345");
  }

  private static List<String> lines(String text, long max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (FeedLines feed = feed(text, max)) {
      for (FeedLine line = feed.next(); line != null; line = feed.next()) {
        lines.add(line.number() + ":" + new String(line.bytes(), StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static FeedLines feed(String text, long max) {
    return new FeedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
  }
}
