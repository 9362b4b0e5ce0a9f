package org.harmledger.redress;

/** The role in which a person records a step of a claim's review. */
public enum ReviewerRole {
  REGISTRAR, REVIEWER, SUPERVISOR, PAYMENT_OFFICER;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code registrar}; an unknown code names the field and the accepted codes. */
  public static ReviewerRole fromCode(String code) {
    return Codes.parse(ReviewerRole.class, "role", code);
  }
}
