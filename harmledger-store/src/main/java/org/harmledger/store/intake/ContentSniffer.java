package org.harmledger.store.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * ContentSniffer looks at the first bytes of a file to tell text from binary and to recognise
 * PDF and HTML whatever the file is called.
 */
final class ContentSniffer {
  /** Enough to see past a BOM, a doctype and comments; a whole file is never needed. */
  private static final int HEAD = 8192;
  /** More than this share of control bytes means not text ("mostly control characters"). */
  private static final double MAX_CONTROL_SHARE = 0.3;

  private ContentSniffer() {}

  /**
   * Why the bytes are binary rather than text, or empty when they may be text. NUL never occurs in
   * text we accept; other control bytes (other than tab, line breaks, form feed, escape) are
   * tolerated in small numbers.
   */
  static Optional<String> binaryReason(byte[] bytes) {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return Optional.of("binary content (a NUL byte at byte " + i + "), not text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
        controls++;
      }
    }
    if (bytes.length > 0 && controls > MAX_CONTROL_SHARE * bytes.length) {
      return Optional.of("binary content (" + controls + " control bytes in " + bytes.length + "), not text");
    }
    return Optional.empty();
  }

  static boolean looksLikePdf(byte[] bytes) {
    String head = head(bytes, 1024);
    return head.contains("%PDF-");
  }

  static boolean looksLikeHtml(byte[] bytes) {
    String head = head(bytes, HEAD);
    // The UTF-8 byte order mark, as ISO-8859-1 reads it.
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    head = head.stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith("<!--") && head.contains("<html"));
  }

  private static String head(byte[] bytes, int max) {
    return new String(bytes, 0, Math.min(bytes.length, max), StandardCharsets.ISO_8859_1);
  }
}
