package org.harmledger.server;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An AttemptWindow counts attempts per key (an account name, a client address) over a sliding
 * window and says how long a key that used up its allowance must wait. It remembers at most
 * {@code maxKeys} keys, forgetting the least recently seen first, so a flood of distinct keys
 * cannot exhaust memory (at the price of forgetting some counts during such a flood).
 *
 * <p>Thread-safe: every method is synchronised; sign-ins are rare and each costs far more (bcrypt).
 */
final class AttemptWindow {
  private final int allowed;
  private final Duration window;
  private final Map<String, Deque<Instant>> attempts;

  AttemptWindow(int allowed, Duration window, int maxKeys) {
    if (allowed < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("an attempt window needs allowed >= 1, maxKeys >= 1 and a positive window "
          + "but was " + allowed + ", " + maxKeys + ", " + window);
    }
    this.allowed = allowed;
    this.window = window;
    this.attempts = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** How long {@code key} must wait at {@code now} before its next attempt; empty when it may try now. */
  synchronized Optional<Duration> waitFor(String key, Instant now) {
    Deque<Instant> times = live(key, now);
    if (times == null || times.size() < allowed) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
  }

  /** Counts one attempt of {@code key} at {@code now}. */
  synchronized void record(String key, Instant now) {
    Objects.requireNonNull(key, "key");
    Deque<Instant> times = live(key, now);
    if (times == null) {
      times = new ArrayDeque<>();
      attempts.put(key, times);
    }
    times.addLast(now);
    while (times.size() > allowed) {
      times.removeFirst();
    }
  }

  /** Forgets the attempts of {@code key}. */
  synchronized void clear(String key) {
    attempts.remove(key);
  }

  /** The attempts of {@code key} still inside the window at {@code now}, or null when it has none. */
  private Deque<Instant> live(String key, Instant now) {
    Deque<Instant> times = attempts.get(key);
    if (times == null) {
      return null;
    }
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    if (times.isEmpty()) {
      attempts.remove(key);
      return null;
    }
    return times;
  }
}
