package org.harmledger.redress;

import java.util.List;
import java.util.Map;

/**
 * A BatchInput is everything a {@link ClaimBatch} works on: all claims (any status), claimants,
 * victims and incident facts by id, people's merge decisions on victims, and flag clearances.
 */
public record BatchInput(List<Claim> claims, Map<String, Claimant> claimants, Map<String, Victim> victims,
    Map<String, IncidentFacts> incidents, List<MergeDecision> decisions, List<FlagClearance> clearances) {

  public BatchInput {
    claims = List.copyOf(claims);
    claimants = Map.copyOf(claimants);
    victims = Map.copyOf(victims);
    incidents = Map.copyOf(incidents);
    decisions = List.copyOf(decisions);
    clearances = List.copyOf(clearances);
  }
}
