package org.harmledger.redress;

import java.util.List;
import java.util.Objects;

/**
 * A Flag is a duplicate or fraud check that fired: its kind, the reason in words, the claims and
 * victims involved (sorted), and the clearance when a person has cleared it (null while open). An
 * open flag blocks payment of every claim it involves. The id is derived from kind, claims and
 * victims, so the same finding gets the same id in every batch and a clearance keeps applying.
 */
public record Flag(String id, FlagKind kind, String reason, List<String> claimIds, List<String> victimIds,
    FlagClearance clearance) {

  public Flag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    claimIds = claimIds.stream().sorted().distinct().toList();
    victimIds = victimIds.stream().sorted().distinct().toList();
    if (clearance != null && !clearance.flagId().equals(id)) {
      throw new IllegalArgumentException("clearance of flag " + clearance.flagId() + " given to flag " + id);
    }
  }

  /** An open flag with its derived id. */
  public static Flag raise(FlagKind kind, String reason, List<String> claimIds, List<String> victimIds) {
    List<String> claims = claimIds.stream().sorted().distinct().toList();
    List<String> victims = victimIds.stream().sorted().distinct().toList();
    String id = kind.code() + ":" + String.join(",", claims) + "/" + String.join(",", victims);
    return new Flag(id, kind, reason, claims, victims, null);
  }

  public boolean isOpen() {
    return clearance == null;
  }

  public boolean involvesClaim(String claimId) {
    return claimIds.contains(claimId);
  }

  public Flag cleared(FlagClearance by) {
    return new Flag(id, kind, reason, claimIds, victimIds, by);
  }
}
