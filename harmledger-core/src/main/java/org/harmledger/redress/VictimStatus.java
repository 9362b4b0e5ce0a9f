package org.harmledger.redress;

/** Whether a victim was a civilian, after the Every Casualty Counts standards; {@code UNKNOWN} when sources do not say. */
public enum VictimStatus {
  CIVILIAN, COMBATANT, UNKNOWN;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code civilian}; an unknown code names the field and the accepted codes. */
  public static VictimStatus fromCode(String code) {
    return Codes.parse(VictimStatus.class, "status", code);
  }
}
