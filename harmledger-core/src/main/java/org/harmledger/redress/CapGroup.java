package org.harmledger.redress;

/**
 * A CapGroup is a set of loss categories whose awards share caps: the most one claimant (per
 * person) and one family may receive across all claims in the group; null means no cap.
 */
public record CapGroup(String id, Long perPerson, Long perFamily) {
  public CapGroup {
    Checks.nonBlank(id, "a cap group id");
    if ((perPerson != null && perPerson < 0) || (perFamily != null && perFamily < 0)) {
      throw new IllegalArgumentException("cap group " + id + ": caps must not be negative");
    }
  }
}
