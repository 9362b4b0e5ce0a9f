package org.harmledger.store.casefile;

import java.nio.file.Path;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A CaseFileResult is what one case file export wrote: where, the manifest's SHA-256 (also in the
 * custody entry of the export, so a bundle's manifest can be matched to the ledger), and counts.
 */
public record CaseFileResult(Path target, Sha256 manifestSha256, int files, int incidents, int reports, int victims,
    long custodySeq) {
  public CaseFileResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(manifestSha256, "manifestSha256");
  }
}
