package org.harmledger.gazetteer;

/**
 * A GazetteerFormatException says that a gazetteer data file is not in the format it was read as,
 * naming the file, the line and the reason: {@code SY.txt:12: expected 19 tab-separated columns
 * but found 7}.
 */
public final class GazetteerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GazetteerFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }

  public GazetteerFormatException(String source, int line, String reason, Throwable cause) {
    super(source + ":" + line + ": " + reason, cause);
  }
}
