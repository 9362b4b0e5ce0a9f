package org.harmledger.store.ingest;

import java.util.List;
import java.util.Objects;
import org.harmledger.store.custody.CustodyHead;

/**
 * A RecordedBatch is what one batch transaction wrote, before it commits: each input's outcome,
 * and the batch's last custody entry, which is in the chain if and only if the transaction committed.
 */
record RecordedBatch(List<IngestOutcome> outcomes, CustodyHead lastEntry) {
  RecordedBatch {
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(lastEntry, "lastEntry");
  }
}
