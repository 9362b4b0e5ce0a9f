package org.harmledger.redress;

/**
 * An Age is a victim's age in whole years: exact ({@code low == high}), a range or named group
 * such as {@code child} (see {@link AgeGroups}), or unknown (both bounds null; {@code high} null
 * alone means open-ended).
 */
public record Age(Integer low, Integer high, String group) {
  public Age {
    if (low == null && high != null) {
      throw new IllegalArgumentException("an age with an upper bound needs a lower bound");
    }
    if (low != null && (low < 0 || (high != null && high < low))) {
      throw new IllegalArgumentException("expected 0 <= low <= high but was " + low + ", " + high);
    }
  }

  public static Age years(int years) {
    return new Age(years, years, null);
  }

  public static Age unknown() {
    return new Age(null, null, null);
  }

  public boolean isKnown() {
    return low != null;
  }

  /**
   * True when the two ages can be the same person's: the gap between their ranges is at most
   * {@code tolerance} years (ages are often estimated or rounded). Null when either is unknown.
   */
  public Boolean agreesWith(Age other, int tolerance) {
    if (!isKnown() || !other.isKnown()) {
      return null;
    }
    long gapAbove = other.low - (high == null ? Long.MAX_VALUE / 2 : high);
    long gapBelow = low - (other.high == null ? Long.MAX_VALUE / 2 : other.high);
    return Math.max(gapAbove, gapBelow) <= tolerance;
  }

  /** The age as written in the CSV format: {@code 34}, {@code 30-39}, {@code 60+}, a group code, or empty. */
  public String code() {
    if (group != null) {
      return group;
    }
    if (!isKnown()) {
      return "";
    }
    if (high == null) {
      return low + "+";
    }
    return low.equals(high) ? Integer.toString(low) : low + "-" + high;
  }
}
