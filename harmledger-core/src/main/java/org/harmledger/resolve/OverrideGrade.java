package org.harmledger.resolve;

import java.time.Instant;
import java.util.Objects;

/** OverrideGrade sets an incident's grade by hand; the only way an incident becomes {@code discounted}. */
public record OverrideGrade(String incidentId, Grade grade, String actor, Instant at, String reason)
    implements CurationDecision {

  public OverrideGrade {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(grade, "grade");
    CurationDecision.validate(actor, at, reason);
  }

  @Override
  public String describe() {
    return at + " " + actor + " set the grade of " + incidentId + " to " + grade.code() + ": " + reason;
  }
}
