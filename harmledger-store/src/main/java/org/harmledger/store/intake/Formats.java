package org.harmledger.store.intake;

import java.util.Locale;

/**
 * Formats choose the reader for a file: by its extension when that is one we read, otherwise by
 * its content (a PDF or HTML signature, else UTF-8 text). This is the one place that knows which
 * extensions exist.
 */
final class Formats {
  private final DocumentReader plainText = new PlainTextReader("text/plain");
  private final DocumentReader markdown = new PlainTextReader("text/markdown");
  private final DocumentReader html = new HtmlReader();
  private final DocumentReader pdf = new PdfReader();

  /** Whether the file is a JSON Lines feed, read record by record rather than whole. */
  static boolean isFeed(String fileName) {
    String extension = extension(fileName);
    return extension.equals("jsonl") || extension.equals("ndjson");
  }

  /** The reader for a file of this name and content; an unreadable type gets a failing reader. */
  DocumentReader readerFor(String fileName, byte[] content) {
    String extension = extension(fileName);
    switch (extension) {
      case "txt":
      case "text":
        return plainText;
      case "md":
      case "markdown":
        return markdown;
      case "html":
      case "htm":
      case "xhtml":
        return html;
      case "pdf":
        return pdf;
      default:
        return bySniffing(extension, content);
    }
  }

  private DocumentReader bySniffing(String extension, byte[] content) {
    if (ContentSniffer.looksLikePdf(content)) {
      return pdf;
    }
    if (ContentSniffer.looksLikeHtml(content)) {
      return html;
    }
    if (extension.isEmpty() || (ContentSniffer.binaryReason(content).isEmpty() && StrictUtf8.isValid(content))) {
      return plainText;
    }
    return (source, original) -> new IntakeFailure(
        source, "unsupported file type '." + extension + "' (not PDF, HTML or UTF-8 text)");
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
