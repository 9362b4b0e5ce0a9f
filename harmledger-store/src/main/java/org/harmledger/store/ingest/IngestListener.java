package org.harmledger.store.ingest;

/** An IngestListener hears of each input's outcome as soon as it is committed, e.g. to draw progress. */
@FunctionalInterface
public interface IngestListener {
  IngestListener NONE = outcome -> { };

  void onOutcome(IngestOutcome outcome);
}
