package org.harmledger.redress;

/** What happened to a victim, killed, injured or missing. */
public enum VictimOutcome {
  KILLED, INJURED, MISSING;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code killed}; an unknown code names the field and the accepted codes. */
  public static VictimOutcome fromCode(String code) {
    return Codes.parse(VictimOutcome.class, "outcome", code);
  }
}
