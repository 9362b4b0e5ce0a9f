package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntakeLimitsTest {

  @Test
  void theDefaultIs32Mebibytes() {
    assertThat(IntakeLimits.defaults().maxDocumentBytes()).isEqualTo(32L * 1024 * 1024);
  }

  @Test
  void tooLargeNamesBothSizes() {
    assertThat(IntakeLimits.defaults().tooLarge(200L * 1024 * 1024))
        .isEqualTo("too large: 200.0 MB, the limit for one report is 32.0 MB");
  }

  @Test
  void smallSizesAreShownInKilobytesOrBytes() {
    assertThat(new IntakeLimits(2048).tooLarge(3584)).isEqualTo("too large: 3.5 KB, the limit for one report is 2.0 KB");
    assertThat(new IntakeLimits(10).tooLarge(11)).isEqualTo("too large: 11 bytes, the limit for one report is 10 bytes");
  }

  @Test
  void aLimitMustFitInOneArray() {
    assertThatThrownBy(() -> new IntakeLimits(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntakeLimits(3L * 1024 * 1024 * 1024)).isInstanceOf(IllegalArgumentException.class);
  }
}
