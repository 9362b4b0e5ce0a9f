package org.harmledger.redress;

/**
 * A LossCategory is a kind of loss an award schedule pays for: its code, a description, the fixed
 * amount of one claim (in the schedule's currency, whole units), the cap group whose caps it
 * counts against, whether a claim of it must name victims (death, injury) or not (property,
 * livelihood), and whether the amount is only illustrative.
 */
public record LossCategory(String code, String description, long amount, String capGroup, boolean needsVictims,
    boolean illustrative) {

  public LossCategory {
    Checks.nonBlank(code, "a loss category code");
    Checks.nonBlank(capGroup, "a cap group");
    if (amount < 0) {
      throw new IllegalArgumentException("loss category " + code + ": amount must not be negative but was " + amount);
    }
  }
}
