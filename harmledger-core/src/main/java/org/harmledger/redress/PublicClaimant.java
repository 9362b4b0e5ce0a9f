package org.harmledger.redress;

import java.util.List;

/** A PublicClaimant is a claimant without personal data: id, family id and relationships to victims. */
public record PublicClaimant(String id, String family, List<Relationship> relationships) {
  public PublicClaimant {
    relationships = List.copyOf(relationships);
  }
}
