package org.harmledger.redress;

/** A person's sex as recorded; {@code UNKNOWN} when no source states it. */
public enum Sex {
  FEMALE, MALE, UNKNOWN;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code female}; an unknown code names the field and the accepted codes. */
  public static Sex fromCode(String code) {
    return Codes.parse(Sex.class, "sex", code);
  }
}
