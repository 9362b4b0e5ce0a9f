package org.harmledger.store.intake;

import java.util.Locale;

/**
 * IntakeLimits bound what intake will read. {@code maxDocumentBytes} caps one report: a whole
 * file, or one record (line) of a JSON Lines feed; the feed file itself may be larger.
 */
public record IntakeLimits(long maxDocumentBytes) {

  /** 32 MiB: far above any real article or letter, far below what would strain the heap. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

  public IntakeLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + " but was " + maxDocumentBytes);
    }
  }

  public static IntakeLimits defaults() {
    return new IntakeLimits(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** The reason given for a document of {@code size} bytes over the limit. */
  String tooLarge(long size) {
    return "too large: " + size(size) + ", the limit for one report is " + size(maxDocumentBytes);
  }

  private static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
  }
}
