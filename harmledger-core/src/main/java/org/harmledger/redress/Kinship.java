package org.harmledger.redress;

/** How a claimant is related to a victim they claim for; {@code SELF} when the claimant is the victim. */
public enum Kinship {
  SELF, SPOUSE, PARENT, CHILD, SIBLING, OTHER_RELATIVE, LEGAL_REPRESENTATIVE;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code self}; an unknown code names the field and the accepted codes. */
  public static Kinship fromCode(String code) {
    return Codes.parse(Kinship.class, "kinship", code);
  }
}
