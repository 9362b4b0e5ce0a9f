package org.harmledger.redress;

import java.util.List;

/**
 * A CapBreach is a family that asked for more in one cap group than the family cap allows: the
 * family, the group, the claims concerned, the total the schedule would pay without the cap, and
 * the cap.
 */
public record CapBreach(String familyId, String capGroup, List<String> claimIds, long requested, long cap) {
  public CapBreach {
    claimIds = List.copyOf(claimIds);
  }
}
