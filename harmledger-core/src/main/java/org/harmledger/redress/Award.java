package org.harmledger.redress;

import java.util.Objects;

/**
 * An Award is what one claim is granted: its category, the schedule's amount, the amount awarded
 * after caps (0 for an ineligible claim), the currency, and a note saying why the two differ (null
 * when they do not).
 */
public record Award(String claimId, String category, long scheduled, long awarded, String currency, String note) {
  public Award {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(currency, "currency");
    if (awarded < 0 || awarded > scheduled) {
      throw new IllegalArgumentException("claim " + claimId + ": awarded " + awarded + " must be within 0.." + scheduled);
    }
  }

  public boolean reduced() {
    return awarded < scheduled;
  }
}
