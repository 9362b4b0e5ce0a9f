package org.harmledger.redress;

import java.util.Objects;

/** A Relationship is how a claimant is related to one victim. */
public record Relationship(String victimId, Kinship kinship) {
  public Relationship {
    Checks.nonBlank(victimId, "a victim id");
    Objects.requireNonNull(kinship, "kinship");
  }
}
