package org.harmledger.resolve;

import java.util.Locale;

/**
 * How well an incident is established, after the Airwars grading: {@code CONFIRMED} the accused
 * party acknowledged it, {@code FAIR} two or more independent sources without competing
 * attribution, {@code WEAK} a single source, {@code CONTESTED} competing attributions or a denial
 * without independent corroboration, {@code DISCOUNTED} set only by a person, with a reason.
 */
public enum Grade {
  CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code such as {@code fair}. */
  public static Grade fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
