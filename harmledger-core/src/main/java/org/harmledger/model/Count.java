package org.harmledger.model;

/**
 * A Count is a reported number of people as a range. {@code max} null means open-ended
 * ("at least 20", or "including children" with min 1); {@code vague} marks numbers coded
 * from words such as "dozens" under the conservative ACLED convention.
 */
public record Count(long min, Long max, boolean vague) {
  public Count {
    if (min < 0) {
      throw new IllegalArgumentException("min must be >= 0 but was " + min);
    }
    if (max != null && max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
  }

  public static Count exactly(long n) {
    return new Count(n, n, false);
  }

  public static Count atLeast(long n) {
    return new Count(n, null, false);
  }

  /** Present but not counted: "including women and children". */
  public static Count present() {
    return new Count(1, null, false);
  }

  public boolean isExact() {
    return max != null && max == min;
  }
}
