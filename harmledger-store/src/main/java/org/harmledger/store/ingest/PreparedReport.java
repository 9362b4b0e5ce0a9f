package org.harmledger.store.ingest;

import java.util.Objects;
import org.harmledger.model.Extraction;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.evidence.StoredOriginal;
import org.harmledger.store.intake.IntakeDocument;

/**
 * A PreparedReport is a document after the work that needs no database: its original durably
 * stored, its near-duplicate signature (null for a text without words) and its extraction, or the
 * reason extraction failed (then {@code extraction} is null).
 */
record PreparedReport(
    IntakeDocument document, StoredOriginal original, MinHashSignature signature, Extraction extraction,
    String extractionFailure) {

  PreparedReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(original, "original");
    if ((extraction == null) == (extractionFailure == null)) {
      throw new IllegalArgumentException("a prepared report has either an extraction or a failure");
    }
  }
}
