package org.harmledger.store.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * SummaryPdf lays a case file's summary out as plain A4 text pages with PDFBox's standard
 * Helvetica, which needs no font file. Those fonts know only the WinAnsi characters: accented
 * Latin letters outside it lose their accent, Arabic script (which PDFBox would not shape anyway)
 * is replaced by {@value #ARABIC_OMITTED}, and any other character by a question mark.
 */
final class SummaryPdf {
  static final String ARABIC_OMITTED = "[Arabic script: see summary.html]";
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BULLET_INDENT = 12;

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream content;
  private float y;

  private SummaryPdf() {}

  static byte[] render(List<SummaryText.Block> blocks) {
    SummaryPdf pdf = new SummaryPdf();
    try (PDDocument d = pdf.document) {
      for (SummaryText.Block b : blocks) {
        pdf.write(b);
      }
      pdf.closePage();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF summary: " + e.getMessage(), e);
    }
  }

  private void write(SummaryText.Block block) throws IOException {
    switch (block.kind()) {
      case TITLE -> lines(block.text(), bold, 15, 0, 10);
      case HEADING -> lines(block.text(), bold, 12, 0, 6);
      case PARAGRAPH -> lines(block.text(), regular, 10, 0, 6);
      case ITEM -> lines("- " + block.text(), regular, 10, BULLET_INDENT, 2);
      default -> throw new IllegalStateException("unknown block " + block.kind());
    }
  }

  /** Writes wrapped text; continuation lines of an item are indented under its first word. */
  private void lines(String text, PDType1Font font, float size, float indent, float spaceAfter) throws IOException {
    float leading = size * 1.35f;
    List<String> wrapped = wrap(printable(text), font, size, WIDTH - indent);
    for (int i = 0; i < wrapped.size(); i++) {
      if (content == null || y - leading < MARGIN) {
        newPage();
      }
      y -= leading;
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN + (i == 0 ? 0 : indent), y);
      content.showText(wrapped.get(i));
      content.endText();
    }
    y -= spaceAfter;
  }

  private void newPage() throws IOException {
    closePage();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private void closePage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  /** Splits at spaces so each line fits {@code width}; a word longer than a line (a hash) is cut. */
  static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (widthOf(candidate, font, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (widthOf(rest, font, size) > width) {
        int cut = rest.length() - 1;
        while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  private static float widthOf(String s, PDType1Font font, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /** The text in characters the standard fonts can show (see the class comment). */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    boolean inArabic = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
        if (!inArabic) {
          out.append(ARABIC_OMITTED);
          inArabic = true;
        }
        continue;
      }
      if (inArabic && Character.isWhitespace(cp) && nextIsArabic(text, i)) {
        continue;
      }
      inArabic = false;
      if (cp == '\n' || cp == '\t') {
        out.append(' ');
      } else if (encodable(cp)) {
        out.appendCodePoint(cp);
      } else {
        int base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).codePointAt(0);
        out.append(encodable(base) ? new String(Character.toChars(base)) : "?");
      }
    }
    return out.toString();
  }

  private static boolean nextIsArabic(String text, int from) {
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean encodable(int cp) {
    return cp == ' ' || WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(cp));
  }
}
