package org.harmledger.redress;

/** A person's verdict on two victim records, the same person or different people. */
public enum MergeVerdict {
  SAME_PERSON, DIFFERENT_PEOPLE;

  public String code() {
    return Codes.of(this);
  }

  /** Parses a code such as {@code same_person}; an unknown code names the field and the accepted codes. */
  public static MergeVerdict fromCode(String code) {
    return Codes.parse(MergeVerdict.class, "verdict", code);
  }
}
