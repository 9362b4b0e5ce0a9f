package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private final Formats formats = new Formats();

  @Test
  void feedsAreKnownByExtension() {
    assertThat(Formats.isFeed("feed.jsonl")).isTrue();
    assertThat(Formats.isFeed("FEED.NDJSON")).isTrue();
    assertThat(Formats.isFeed("feed.json")).isFalse();
  }

  @Test
  void knownExtensionsWinOverContent() {
    byte[] html = bytes("<!DOCTYPE html><html><body><p>Page.</p></body></html>");

    assertThat(mediaType("page.TXT", html)).isEqualTo("text/plain");
    assertThat(mediaType("page.md", html)).isEqualTo("text/markdown");
    assertThat(mediaType("page.htm", html)).isEqualTo("text/html");
  }

  @Test
  void otherFilesAreReadByTheirContent() {
    assertThat(mediaType("saved", bytes("<html><body><p>Page.</p></body></html>"))).isEqualTo("text/html");
    assertThat(mediaType("notes.log", bytes("Some text."))).isEqualTo("text/plain");
    assertThat(mediaType("letter.bin", TestPdfs.withText(null, "Letter."))).isEqualTo("application/pdf");
  }

  @Test
  void binaryWithAnUnknownExtensionIsUnsupported() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0};

    assertThat(formats.readerFor("photo.PNG", png).read("photo.PNG", png))
        .isEqualTo(new IntakeFailure("photo.PNG", "unsupported file type '.png' (not PDF, HTML or UTF-8 text)"));
  }

  @Test
  void binaryWithoutExtensionFailsAsNotText() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0};

    assertThat(((IntakeFailure) formats.readerFor("photo", png).read("photo", png)).reason()).startsWith("binary content");
  }

  private String mediaType(String name, byte[] content) {
    return ((IntakeDocument) formats.readerFor(name, content).read(name, content)).mediaType();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
