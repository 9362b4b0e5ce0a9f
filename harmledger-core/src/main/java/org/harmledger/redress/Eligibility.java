package org.harmledger.redress;

import java.util.List;
import java.util.Objects;

/** An Eligibility is the result of checking one claim against every eligibility rule, each with its result. */
public record Eligibility(String claimId, List<RuleCheck> checks) {
  public Eligibility {
    Objects.requireNonNull(claimId, "claimId");
    checks = List.copyOf(checks);
  }

  public boolean eligible() {
    return checks.stream().allMatch(RuleCheck::passed);
  }

  public List<RuleCheck> failures() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }
}
