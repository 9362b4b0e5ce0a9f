package org.harmledger.redress;

import java.util.List;
import java.util.Objects;

/**
 * A ClaimAssessment is what a reviewer sees of one claim: its eligibility with every rule's reason,
 * its award under the schedule and the family cap (null for a rejected claim, which takes no part),
 * and the open flags that block its payment.
 */
public record ClaimAssessment(String claimId, Eligibility eligibility, Award award, List<Flag> blockingFlags) {
  public ClaimAssessment {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(eligibility, "eligibility");
    blockingFlags = List.copyOf(blockingFlags);
  }

  public boolean paymentBlocked() {
    return !blockingFlags.isEmpty();
  }
}
