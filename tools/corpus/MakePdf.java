import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * MakePdf is the one-off tool that renders a plain-text example report as a text PDF (A4,
 * Helvetica, wrapped paragraphs), so the corpus has a PDF whose text a reader can extract.
 * Usage: java -cp PDFBOX_CLASSPATH MakePdf.java IN.txt OUT.pdf "Title"
 */
public final class MakePdf {
  private static final float MARGIN = 60f;
  private static final float SIZE = 11f;
  private static final float LEADING = 15f;

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: MakePdf IN.txt OUT.pdf TITLE");
    }
    List<String> paragraphs = List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\n"));
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(args[2]);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String paragraph : paragraphs) {
        lines.addAll(wrap(paragraph, font, width));
      }
      writePages(pdf, font, lines);
      pdf.save(Path.of(args[1]).toFile());
    }
  }

  private static void writePages(PDDocument pdf, PDType1Font font, List<String> lines) throws IOException {
    float top = PDRectangle.A4.getHeight() - MARGIN;
    int perPage = (int) ((top - MARGIN) / LEADING);
    for (int from = 0; from < lines.size(); from += perPage) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.beginText();
        out.setFont(font, SIZE);
        out.setLeading(LEADING);
        out.newLineAtOffset(MARGIN, top);
        for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
          out.showText(line);
          out.newLine();
        }
        out.endText();
      }
    }
  }

  /** The paragraph broken into lines no wider than {@code width}; an empty paragraph is one blank line. */
  private static List<String> wrap(String paragraph, PDType1Font font, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
