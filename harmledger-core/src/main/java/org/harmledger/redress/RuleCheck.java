package org.harmledger.redress;

import java.util.Objects;

/** A RuleCheck is one eligibility rule applied to a claim: the rule, whether it passed, and the detail in words. */
public record RuleCheck(EligibilityRule rule, boolean passed, String detail) {
  public RuleCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }

  public String describe() {
    return (passed ? "pass " : "FAIL ") + rule.code() + ": " + detail;
  }
}
