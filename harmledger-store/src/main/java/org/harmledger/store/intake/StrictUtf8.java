package org.harmledger.store.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * StrictUtf8 decodes bytes that must be UTF-8 and names the byte offset of the first bad sequence,
 * so a user can find it; a lenient decoder would silently put U+FFFD into the evidence's text.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  static String decode(byte[] bytes) throws BadInput {
    return decode(bytes, 0, bytes.length);
  }

  static String decode(byte[] bytes, int offset, int length) throws BadInput {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // UTF-8 never yields more chars than bytes, so one buffer of this size always suffices.
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInput("not valid UTF-8 at byte " + (in.position() - offset));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Whether the bytes are valid UTF-8, for sniffing content of unknown type. */
  static boolean isValid(byte[] bytes) {
    try {
      decode(bytes);
      return true;
    } catch (BadInput notUtf8) {
      return false;
    }
  }
}
