package org.harmledger.redress;

import java.util.List;

/** An AwardRun is the awards of a set of claims, in the order they were computed, and the family cap breaches found. */
public record AwardRun(List<Award> awards, List<CapBreach> breaches) {
  public AwardRun {
    awards = List.copyOf(awards);
    breaches = List.copyOf(breaches);
  }
}
