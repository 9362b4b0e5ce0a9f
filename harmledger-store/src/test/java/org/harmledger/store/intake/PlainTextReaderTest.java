package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader("text/plain");

  @Test
  void plainTextWithoutHeaderIsTheWholeFileWithUnknownDate() {
    IntakeDocument document = read("Warplanes struck the village on Friday.\n");

    assertThat(document.text()).isEqualTo("Warplanes struck the village on Friday.\n");
    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.metadata().published()).isNull();
    assertThat(document.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
    assertThat(document.metadata().language()).isEqualTo("en");
    assertThat(document.metadata().kind()).isEqualTo(ReportKind.OTHER);
    assertThat(document.metadata().title()).isNull();
  }

  @Test
  void headerBlockGivesMetadataAndTheBodyIsTheWorkingText() {
    String file = "Title: Ministry letters to the UN\nPublisher: SANA\nURL: https://example.org/a\n"
        + "Published: 2019-01-20\nLanguage: en\nKind: official_statement\n---\n\nThe ministry sent two letters.\n";

    IntakeDocument document = read(file);

    assertThat(document.text()).isEqualTo("The ministry sent two letters.\n");
    assertThat(document.original()).isEqualTo(file.getBytes(StandardCharsets.UTF_8));
    assertThat(document.metadata()).isEqualTo(new ReportMetadata("Ministry letters to the UN", "SANA",
        "https://example.org/a", LocalDate.of(2019, 1, 20), PublishedFrom.METADATA, "en",
        ReportKind.OFFICIAL_STATEMENT));
  }

  @Test
  void byteOrderMarkLeavesTheWorkingTextButStaysInTheOriginal() {
    byte[] bytes = bytes("\ufeffTitle: Letters\n---\nBody text.");

    IntakeDocument document = (IntakeDocument) reader.read("a.txt", bytes);

    assertThat(document.text()).isEqualTo("Body text.");
    assertThat(document.metadata().title()).isEqualTo("Letters");
    assertThat(document.original()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void lineEndingsBecomeNewlinesInTheWorkingTextOnly() {
    byte[] bytes = bytes("First line.\r\nSecond line.\rThird.");

    IntakeDocument document = (IntakeDocument) reader.read("a.txt", bytes);

    assertThat(document.text()).isEqualTo("First line.\nSecond line.\nThird.");
    assertThat(document.original()).isEqualTo(bytes);
  }

  @Test
  void arabicTextIsArabicUnlessTheHeaderSaysOtherwise() {
    assertThat(read("قصف طيران التحالف قرية الباغوز فوقاني").metadata().language()).isEqualTo("ar");
    assertThat(read("Language: en-GB\n---\nقصف طيران التحالف").metadata().language()).isEqualTo("en");
  }

  @Test
  void invalidUtf8FailsNamingTheByteOffset() {
    byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, '(', 'd'};

    assertThat(reader.read("bad.txt", bytes)).isEqualTo(new IntakeFailure("bad.txt", "not valid UTF-8 at byte 3"));
  }

  @Test
  void emptyFileFails() {
    assertThat(reader.read("e.txt", new byte[0])).isEqualTo(new IntakeFailure("e.txt", "empty file"));
  }

  @Test
  void whiteSpaceOnlyFails() {
    assertThat(reader.read("w.txt", bytes(" \n\t\n"))).isInstanceOf(IntakeFailure.class);
    assertThat(reader.read("h.txt", bytes("Title: x\n---\n\n"))).isInstanceOf(IntakeFailure.class);
  }

  @Test
  void pngRenamedToTextFailsAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    IntakeItem item = reader.read("picture.txt", png);

    assertThat(item).isInstanceOf(IntakeFailure.class);
    assertThat(((IntakeFailure) item).reason()).startsWith("binary content (a NUL byte at byte 8)");
  }

  @Test
  void mostlyControlCharactersFailAsBinary() {
    byte[] bytes = {1, 2, 3, 4, 'a', 5, 6, 7};

    assertThat(((IntakeFailure) reader.read("c.txt", bytes)).reason()).startsWith("binary content (7 control bytes");
  }

  @Test
  void badHeaderDateFailsNamingTheLine() {
    IntakeItem item = reader.read("d.txt", bytes("Title: x\nPublished: last Friday\n---\nBody"));

    assertThat(((IntakeFailure) item).reason())
        .isEqualTo("header line 2: bad date 'last Friday' in Published (expected an ISO date such as 2019-01-20)");
  }

  @Test
  void markdownKeepsItsMediaType() {
    IntakeItem item = new PlainTextReader("text/markdown").read("a.md", bytes("# Heading\n\nText."));

    assertThat(((IntakeDocument) item).mediaType()).isEqualTo("text/markdown");
  }

  @Property
  void anyBytesGiveADocumentOrAFailure(@ForAll byte[] bytes) {
    IntakeItem item = reader.read("random.txt", bytes);

    assertThat(item.source()).isEqualTo("random.txt");
    if (item instanceof IntakeDocument document) {
      assertThat(document.original()).isEqualTo(bytes);
    }
  }

  private IntakeDocument read(String text) {
    IntakeItem item = reader.read("report.txt", bytes(text));
    assertThat(item).isInstanceOf(IntakeDocument.class);
    return (IntakeDocument) item;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
