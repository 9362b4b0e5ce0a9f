package org.harmledger.store.verify;

import java.util.List;

/** A VerifyResult is what one verification checked (reports, custody entries) and the findings. */
public record VerifyResult(long reports, long custodyEntries, List<Finding> findings) {
  public VerifyResult {
    findings = List.copyOf(findings);
  }

  public boolean intact() {
    return findings.isEmpty();
  }
}
