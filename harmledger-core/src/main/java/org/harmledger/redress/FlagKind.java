package org.harmledger.redress;

/** The duplicate and fraud checks a {@link Flag} can come from. */
public enum FlagKind {
  /** One victim is claimed for by more than one claimant. */
  VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS,
  /** One claimant has two claims of the same category for the same victim or, without victims, the same incident. */
  OVERLAPPING_CLAIMS,
  /** A claim names a victim who is not linked to any recorded incident. */
  VICTIM_WITHOUT_INCIDENT,
  /** A claim's incident is graded below the mandate's minimum grade. */
  INCIDENT_BELOW_GRADE,
  /** A family asked for more than its cap allows; the awards were reduced. */
  FAMILY_CAP_EXCEEDED,
  /** Two victim records under different claims probably are one person. */
  LIKELY_DUPLICATE_VICTIMS;

  public String code() {
    return Codes.of(this);
  }
}
