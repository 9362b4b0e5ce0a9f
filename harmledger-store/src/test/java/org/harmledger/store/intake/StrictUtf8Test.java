package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void validUtf8DecodesExactly() throws BadInput {
    String text = "Deir ez-Zor دير الزور \uD83D\uDE00";

    assertThat(StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
  }

  @Test
  void theFirstBadByteIsNamed() {
    byte[] bytes = "0123456789".getBytes(StandardCharsets.UTF_8);
    bytes[7] = (byte) 0xE2;

    assertThatThrownBy(() -> StrictUtf8.decode(bytes)).isInstanceOf(BadInput.class).hasMessage("not valid UTF-8 at byte 7");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsBad() {
    byte[] bytes = {'a', (byte) 0xD8};

    assertThatThrownBy(() -> StrictUtf8.decode(bytes)).hasMessage("not valid UTF-8 at byte 1");
  }

  @Test
  void offsetsAreCountedFromTheStartOfTheSlice() {
    byte[] bytes = {'x', 'x', 'a', (byte) 0xFF};

    assertThatThrownBy(() -> StrictUtf8.decode(bytes, 2, 2)).hasMessage("not valid UTF-8 at byte 1");
  }

  @Test
  void overlongEncodingsAreNotValid() {
    assertThat(StrictUtf8.isValid(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse();
    assertThat(StrictUtf8.isValid("ok".getBytes(StandardCharsets.UTF_8))).isTrue();
  }
}
