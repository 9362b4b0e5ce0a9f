package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {
  @Test
  void findsTheSentenceHoldingAnOffset() {
    AnalyzedText t = new AnalyzedText("Aa bb. Cc dd.", List.of(new Span(0, 6), new Span(7, 13)), null);
    assertThat(t.sentenceAt(0)).isZero();
    assertThat(t.sentenceAt(5)).isZero();
    assertThat(t.sentenceAt(6)).isEqualTo(-1);
    assertThat(t.sentenceAt(12)).isEqualTo(1);
    assertThat(t.sentenceAt(13)).isEqualTo(-1);
  }
}
