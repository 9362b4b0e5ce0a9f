package org.harmledger.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A SignInThrottle slows down password guessing: each client address may try to sign in
 * {@value #ADDRESS_ATTEMPTS} times per {@link #ADDRESS_WINDOW}, successful or not (each try costs
 * a bcrypt hash), and each account may fail {@value #ACCOUNT_FAILURES} times per
 * {@link #ACCOUNT_WINDOW}, from any address, before it must wait; a successful sign-in forgets the
 * account's failures. Refused attempts are not counted, so waiting out the window always helps.
 * Account names compare without regard to case.
 *
 * <p>Thread-safe. Counts live in memory: a restart forgets them.
 */
public final class SignInThrottle {
  public static final int ADDRESS_ATTEMPTS = 30;
  public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
  public static final int ACCOUNT_FAILURES = 10;
  public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 10_000;

  /** Why an attempt was refused and how long to wait, in whole seconds rounded up. */
  public record Refusal(String reason, long retryAfterSeconds) {}

  private final Clock clock;
  private final AttemptWindow byAddress;
  private final AttemptWindow byAccount;

  public SignInThrottle(Clock clock) {
    this(clock, ADDRESS_ATTEMPTS, ADDRESS_WINDOW, ACCOUNT_FAILURES, ACCOUNT_WINDOW);
  }

  public SignInThrottle(Clock clock, int addressAttempts, Duration addressWindow, int accountFailures,
      Duration accountWindow) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.byAddress = new AttemptWindow(addressAttempts, addressWindow, MAX_KEYS);
    this.byAccount = new AttemptWindow(accountFailures, accountWindow, MAX_KEYS);
  }

  /**
   * Admits a sign-in attempt by {@code account} from {@code address}, counting it against the
   * address, or says why not and for how long.
   */
  public Optional<Refusal> admit(String address, String account) {
    Instant now = clock.instant();
    Optional<Duration> addressWait = byAddress.waitFor(address, now);
    if (addressWait.isPresent()) {
      return Optional.of(refusal("too many sign-in attempts from address " + address, addressWait.get()));
    }
    Optional<Duration> accountWait = byAccount.waitFor(key(account), now);
    if (accountWait.isPresent()) {
      return Optional.of(refusal("too many failed sign-ins for account '" + account + "'", accountWait.get()));
    }
    byAddress.record(address, now);
    return Optional.empty();
  }

  /** Counts a wrong password (or unknown name) against {@code account}. */
  public void failed(String account) {
    byAccount.record(key(account), clock.instant());
  }

  /** Forgets the failures of {@code account} after it signed in. */
  public void succeeded(String account) {
    byAccount.clear(key(account));
  }

  private static Refusal refusal(String reason, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new Refusal(reason + "; try again in " + seconds + " s", seconds);
  }

  private static String key(String account) {
    return account.strip().toLowerCase(Locale.ROOT);
  }
}
