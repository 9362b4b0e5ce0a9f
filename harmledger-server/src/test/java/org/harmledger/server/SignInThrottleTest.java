package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();
  private final SignInThrottle throttle =
      new SignInThrottle(clock, 3, Duration.ofMinutes(5), 2, Duration.ofMinutes(15));

  @Test
  void address_isLimitedInAllAttempts_untilTheWindowPasses() {
    for (String name : new String[] {"amira", "basel", "carim"}) {
      assertThat(throttle.admit("10.0.0.1", name)).isEmpty();
      throttle.succeeded(name);
    }
    clock.advance(Duration.ofSeconds(60));

    Optional<SignInThrottle.Refusal> refused = throttle.admit("10.0.0.1", "dana");

    assertThat(refused).isPresent();
    assertThat(refused.get().reason())
        .isEqualTo("too many sign-in attempts from address 10.0.0.1; try again in 240 s");
    assertThat(refused.get().retryAfterSeconds()).isEqualTo(240);
    assertThat(throttle.admit("10.0.0.2", "dana")).isEmpty();
    clock.advance(Duration.ofSeconds(240));
    assertThat(throttle.admit("10.0.0.1", "dana")).isEmpty();
  }

  @Test
  void account_isLimitedInFailures_fromAnyAddress_andAnyCase() {
    throttle.admit("10.0.0.1", "amira");
    throttle.failed("amira");
    throttle.admit("10.0.0.2", "Amira");
    throttle.failed("Amira");

    Optional<SignInThrottle.Refusal> refused = throttle.admit("10.0.0.3", "AMIRA");

    assertThat(refused).map(SignInThrottle.Refusal::reason)
        .contains("too many failed sign-ins for account 'AMIRA'; try again in 900 s");
    assertThat(throttle.admit("10.0.0.3", "basel")).isEmpty();
  }

  @Test
  void success_forgetsTheAccountsFailures() {
    throttle.admit("10.0.0.1", "amira");
    throttle.failed("amira");
    throttle.admit("10.0.0.1", "amira");
    throttle.succeeded("amira");
    throttle.failed("amira");

    assertThat(throttle.admit("10.0.0.2", "amira")).isEmpty();
  }
}
