package org.harmledger.store.intake;

/**
 * WorkingText prepares decoded text for extraction: a leading byte order mark is dropped and
 * every line ending becomes {@code \n}, so span offsets do not depend on the platform that
 * wrote the file. The original bytes keep both.
 */
final class WorkingText {

  private WorkingText() {}

  static String of(String decoded) {
    String text = decoded.startsWith("\ufeff") ? decoded.substring(1) : decoded;
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
