package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {
  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @Test
  void render_textReadsBackWithPdfBox_longSummariesRunOverSeveralPages() throws Exception {
    SummaryText s = new SummaryText("Case file: incident inc-1").paragraph("Made by cli:tester.").heading("Incident inc-1");
    for (int i = 0; i < 120; i++) {
      s.item("source " + i + ": Ministry letter (evidence/" + "ab".repeat(32) + ")");
    }

    try (PDDocument pdf = Loader.loadPDF(s.pdf())) {
      // Lines are wrapped to the page, so compare with line breaks read as spaces.
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("Case file: incident inc-1", "Made by cli:tester.", "Incident inc-1",
          "- source 0: Ministry letter (evidence/" + "ab".repeat(32) + ")",
          "- source 119: Ministry letter (evidence/" + "ab".repeat(32) + ")");
    }
  }

  @Test
  void printable_keepsWinAnsiAccents_stripsOthers_replacesArabicRunsOnce() {
    assertThat(SummaryPdf.printable("Deir ez-Zor, Hajin")).isEqualTo("Deir ez-Zor, Hajin");
    assertThat(SummaryPdf.printable("José Muñoz")).isEqualTo("José Muñoz");
    assertThat(SummaryPdf.printable("Ḥusayn ʿAli")).isEqualTo("Husayn ?Ali");
    assertThat(SummaryPdf.printable("Zaynab (زينب عمر) killed"))
        .isEqualTo("Zaynab (" + SummaryPdf.ARABIC_OMITTED + ") killed");
    assertThat(SummaryPdf.printable("a\nb")).isEqualTo("a b");
  }

  @Test
  void wrap_breaksAtSpacesToFit_andCutsAWordLongerThanALine() throws Exception {
    List<String> lines = SummaryPdf.wrap("one two three four five", HELVETICA, 10, 60);
    assertThat(String.join(" ", lines)).isEqualTo("one two three four five");
    assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(HELVETICA.getStringWidth(l) / 100)
        .isLessThanOrEqualTo(60));
    List<String> cut = SummaryPdf.wrap("f".repeat(200), HELVETICA, 10, 100);
    assertThat(String.join("", cut)).isEqualTo("f".repeat(200));
    assertThat(cut).hasSizeGreaterThan(1);
  }
}
