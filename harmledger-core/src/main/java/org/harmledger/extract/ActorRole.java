package org.harmledger.extract;

/** An ActorRole is the part an actor plays in an assertion: who did it, or who says so. */
public enum ActorRole {
  PERPETRATOR, CLAIMANT
}
