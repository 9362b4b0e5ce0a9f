package org.harmledger.redress;

import java.time.Instant;
import java.util.Objects;

/**
 * A MergeDecision is a person's verdict on whether two victim records are one person: the two
 * ids (in either order), the verdict, who decided, when (given by the caller) and why.
 */
public record MergeDecision(String victimA, String victimB, MergeVerdict verdict, String actor, Instant at,
    String reason) {

  public MergeDecision {
    Checks.nonBlank(victimA, "a victim id");
    Checks.nonBlank(victimB, "a victim id");
    if (victimA.equals(victimB)) {
      throw new IllegalArgumentException("a merge decision needs two different victims but both were " + victimA);
    }
    Objects.requireNonNull(verdict, "verdict");
    Checks.accountable("a merge decision", actor, at, reason);
  }

  /** The pair key, the same whichever order the ids were given in. */
  public String pairKey() {
    return VictimMatcher.pairKey(victimA, victimB);
  }
}
