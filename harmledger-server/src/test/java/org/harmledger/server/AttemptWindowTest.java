package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void allowance_isPerKey_andWaitEndsWhenTheOldestAttemptLeavesTheWindow() {
    AttemptWindow w = new AttemptWindow(2, Duration.ofMinutes(1), 100);
    w.record("a", T0);
    w.record("a", T0.plusSeconds(20));

    assertThat(w.waitFor("a", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
    assertThat(w.waitFor("b", T0.plusSeconds(30))).isEmpty();
    assertThat(w.waitFor("a", T0.plusSeconds(60))).isEmpty();
  }

  @Test
  void clear_forgetsTheKey() {
    AttemptWindow w = new AttemptWindow(1, Duration.ofMinutes(1), 100);
    w.record("a", T0);
    w.clear("a");

    assertThat(w.waitFor("a", T0)).isEmpty();
  }

  @Test
  void beyondMaxKeys_theLeastRecentlySeenIsForgotten() {
    AttemptWindow w = new AttemptWindow(1, Duration.ofMinutes(1), 2);
    w.record("a", T0);
    w.record("b", T0);
    w.record("c", T0);

    assertThat(w.waitFor("a", T0)).isEmpty();
    assertThat(w.waitFor("b", T0)).isPresent();
    assertThat(w.waitFor("c", T0)).isPresent();
  }

  @Test
  void emptyWindow_isRefused() {
    assertThatThrownBy(() -> new AttemptWindow(1, Duration.ZERO, 10)).hasMessageContaining("positive window");
  }
}
