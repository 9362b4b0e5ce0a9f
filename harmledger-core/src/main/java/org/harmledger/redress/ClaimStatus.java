package org.harmledger.redress;

/**
 * Where a claim stands in review. {@code REJECTED} and {@code PAID} close a claim; every other
 * status is open. {@link ReviewWorkflow} says which status may follow which.
 */
public enum ClaimStatus {
  SUBMITTED, UNDER_REVIEW, MORE_INFORMATION_REQUESTED, APPROVED, REJECTED, PAID;

  public String code() {
    return Codes.of(this);
  }

  public boolean isOpen() {
    return this != REJECTED && this != PAID;
  }

  /** Parses a code such as {@code under_review}; an unknown code names the field and the accepted codes. */
  public static ClaimStatus fromCode(String code) {
    return Codes.parse(ClaimStatus.class, "status", code);
  }
}
