package org.harmledger.store.casefile;

import java.util.List;
import org.harmledger.model.Sha256;
import org.harmledger.store.verify.Finding;

/**
 * A BundleCheck is the result of verifying a case bundle: the SHA-256 of its manifest (null when
 * missing; compare it with the {@code manifest_sha256} of the ledger's export entry, since a
 * bundle cannot vouch for its own manifest), how many files it holds, and the findings.
 */
public record BundleCheck(Sha256 manifestSha256, int files, List<Finding> findings) {
  public BundleCheck {
    findings = List.copyOf(findings);
  }

  public boolean intact() {
    return findings.isEmpty();
  }
}
