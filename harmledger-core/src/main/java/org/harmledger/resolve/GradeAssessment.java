package org.harmledger.resolve;

import java.util.Objects;

/** A GradeAssessment is an incident's grade with the id of the rule that set it and the reason in words. */
public record GradeAssessment(Grade grade, String ruleId, String reason) {
  public GradeAssessment {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }
}
