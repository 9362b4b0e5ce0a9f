package org.harmledger.resolve;

import java.time.Instant;

/**
 * A CurationDecision is a person's correction of automatic resolution: who made it, when (a
 * value given by the caller, never read from a clock) and why. The resolver applies decisions
 * after automatic matching, oldest first, every time it runs, so re-running resolution never
 * undoes them.
 */
public sealed interface CurationDecision
    permits MergeIncidents, SplitAssertions, MoveAssertion, OverrideGrade, OverrideFigure {

  String actor();

  Instant at();

  String reason();

  /** The decision in one line, for an incident's history. */
  String describe();

  /** Rejects a decision without actor, time or reason; every correction must be accountable. */
  static void validate(String actor, Instant at, String reason) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a curation decision needs the person who made it");
    }
    if (at == null) {
      throw new IllegalArgumentException("a curation decision needs the time it was made");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a curation decision needs a reason");
    }
  }
}
