package org.harmledger.store.intake;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PdfReader reads a PDF with PDFBox: the working text is the text of its pages in reading
 * order and the title comes from the document information; other metadata must come from a
 * sidecar. A PDF whose pages hold no text (a scan) fails rather than becoming an empty report.
 */
final class PdfReader implements DocumentReader {
  static final String MEDIA_TYPE = "application/pdf";

  @Override
  public IntakeItem read(String source, byte[] original) {
    if (original.length == 0) {
      return new IntakeFailure(source, "empty file");
    }
    try (PDDocument pdf = Loader.loadPDF(original)) {
      if (!pdf.getCurrentAccessPermission().canExtractContent()) {
        return new IntakeFailure(source, "encrypted PDF that forbids text extraction");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      String text = WorkingText.of(stripper.getText(pdf)).strip();
      if (text.isEmpty()) {
        return new IntakeFailure(source, "no extractable text (a scanned image?)");
      }
      String title = pdf.getDocumentInformation().getTitle();
      MetadataFields fields = new MetadataFields(title, null, null, null, null, null);
      return new IntakeDocument(source, original, MEDIA_TYPE, text, fields.toMetadata(text));
    } catch (InvalidPasswordException e) {
      return new IntakeFailure(source, "encrypted PDF (a password is needed to open it)");
    } catch (IOException e) {
      return new IntakeFailure(source, "not a readable PDF (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      // PDFBox can fail with runtime exceptions on damaged files; the damage is the user's input.
      return new IntakeFailure(source, "not a readable PDF (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }
}
