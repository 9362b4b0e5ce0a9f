package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void textIsNotBinary() {
    assertThat(ContentSniffer.binaryReason(bytes("Line one\r\n\tLine two\f"))).isEmpty();
    assertThat(ContentSniffer.binaryReason(bytes("قصف"))).isEmpty();
  }

  @Test
  void aNulByteMakesBinary() {
    assertThat(ContentSniffer.binaryReason(new byte[] {'a', 'b', 0}))
        .contains("binary content (a NUL byte at byte 2), not text");
  }

  @Test
  void aFewControlBytesAreToleratedButMostlyControlIsBinary() {
    assertThat(ContentSniffer.binaryReason(new byte[] {'a', 'b', 'c', 'd', 1})).isEmpty();
    assertThat(ContentSniffer.binaryReason(new byte[] {'a', 1, 2, 0x7f})).contains("binary content (3 control bytes in 4), not text");
  }

  @Test
  void pdfIsRecognisedByItsSignature() {
    assertThat(ContentSniffer.looksLikePdf(bytes("%PDF-1.7\n"))).isTrue();
    assertThat(ContentSniffer.looksLikePdf(bytes("junk before %PDF-1.4"))).isTrue();
    assertThat(ContentSniffer.looksLikePdf(bytes("A report about PDFs"))).isFalse();
  }

  @Test
  void htmlIsRecognisedByItsStart() {
    assertThat(ContentSniffer.looksLikeHtml(bytes("\ufeff  <!DOCTYPE html><html>"))).isTrue();
    assertThat(ContentSniffer.looksLikeHtml(bytes("<HTML lang=en>"))).isTrue();
    assertThat(ContentSniffer.looksLikeHtml(bytes("<!-- saved --><html>"))).isTrue();
    assertThat(ContentSniffer.looksLikeHtml(bytes("Text mentioning <html> later"))).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
