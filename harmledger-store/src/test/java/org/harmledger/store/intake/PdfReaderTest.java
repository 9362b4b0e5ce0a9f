package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.harmledger.model.PublishedFrom;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private final PdfReader reader = new PdfReader();

  @Test
  void textOfEveryPageWithTheTitleFromTheDocumentInformation() {
    byte[] pdf = TestPdfs.withText("Letter to the Security Council", "The ministry sent two letters.", "Second page.");

    IntakeItem item = reader.read("letter.pdf", pdf);

    assertThat(item).isInstanceOf(IntakeDocument.class);
    IntakeDocument document = (IntakeDocument) item;
    assertThat(document.text()).contains("The ministry sent two letters.").contains("Second page.");
    assertThat(document.text().indexOf("Second page.")).isGreaterThan(document.text().indexOf("two letters"));
    assertThat(document.text()).doesNotContain("\r");
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.original()).isEqualTo(pdf);
    assertThat(document.metadata().title()).isEqualTo("Letter to the Security Council");
    assertThat(document.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
    assertThat(document.metadata().language()).isEqualTo("en");
  }

  @Test
  void pdfWithoutTextFailsAsAScan() {
    assertThat(reader.read("scan.pdf", TestPdfs.withoutText()))
        .isEqualTo(new IntakeFailure("scan.pdf", "no extractable text (a scanned image?)"));
  }

  @Test
  void encryptedPdfFails() {
    assertThat(reader.read("locked.pdf", TestPdfs.encrypted("secret")))
        .isEqualTo(new IntakeFailure("locked.pdf", "encrypted PDF (a password is needed to open it)"));
  }

  @Test
  void corruptPdfFails() {
    byte[] pdf = TestPdfs.withText(null, "Text.");
    byte[] truncated = Arrays.copyOf(pdf, 40);

    IntakeItem item = reader.read("broken.pdf", truncated);

    assertThat(item).isInstanceOf(IntakeFailure.class);
    assertThat(((IntakeFailure) item).reason()).startsWith("not a readable PDF (");
  }

  @Test
  void textThatIsNotAPdfFails() {
    IntakeItem item = reader.read("fake.pdf", "just text".getBytes(StandardCharsets.UTF_8));

    assertThat(((IntakeFailure) item).reason()).startsWith("not a readable PDF (");
  }

  @Test
  void emptyFileFails() {
    assertThat(reader.read("e.pdf", new byte[0])).isEqualTo(new IntakeFailure("e.pdf", "empty file"));
  }

  @Property(tries = 300)
  void anyBytesGiveADocumentOrAFailure(@ForAll byte[] bytes) {
    assertThat(reader.read("random.pdf", bytes).source()).isEqualTo("random.pdf");
  }

  @Property(tries = 100)
  void anyDamageToARealPdfGivesADocumentOrAFailure(@ForAll int position, @ForAll byte value) {
    byte[] pdf = TestPdfs.withText("T", "Some text.");
    pdf[Math.floorMod(position, pdf.length)] = value;

    assertThat(reader.read("damaged.pdf", pdf).source()).isEqualTo("damaged.pdf");
  }
}
