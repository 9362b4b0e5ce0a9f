package org.harmledger.store.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.duplicate.MinHasher;
import org.harmledger.store.evidence.EvidenceStore;
import org.jdbi.v3.core.Jdbi;

/**
 * An IngestService stores a stream of inputs as evidence: originals, report rows, working copies,
 * receipts, near-duplicate links, extractions and custody entries.
 *
 * <p>Inputs are committed in batches of up to {@code batchSize} reports per transaction (one
 * fsync of the database per batch rather than per report). Every report's rows commit together
 * with its custody entries, so a process killed at any point loses at most the uncommitted batch,
 * whose originals are already on disk and are simply found again on the re-run: nothing is
 * stored twice and the chain still verifies. If a batch fails to commit, its reports are retried
 * one per transaction, so one bad report fails alone. Not thread-safe: one ingest at a time.
 */
public final class IngestService {
  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final ReportRecorder recorder;
  private final int batchSize;

  public IngestService(Jdbi jdbi, EvidenceStore evidence, CustodyLog custody, Extractor extractor, String actor,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1 but was " + batchSize);
    }
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.recorder = new ReportRecorder(evidence, custody, extractor, new MinHasher(), actor);
    this.batchSize = batchSize;
  }

  /**
   * Ingests every input, telling {@code listener} each outcome as it commits.
   *
   * @throws org.harmledger.store.StorageException before storing anything when the custody chain
   *     no longer reaches its anchor (it must be verified and repaired first)
   */
  public IngestSummary ingest(Stream<? extends IngestInput> inputs, IngestListener listener) {
    custody.requireAnchored(jdbi);
    Tally tally = new Tally(listener);
    List<IngestDocument> batch = new ArrayList<>(batchSize);
    Iterator<? extends IngestInput> it = inputs.iterator();
    while (it.hasNext()) {
      IngestInput input = it.next();
      if (input instanceof IngestFailure failure) {
        tally.add(IngestOutcome.failed(failure.source(), null, failure.reason()));
      } else if (input instanceof IngestDocument document) {
        batch.add(document);
        if (batch.size() == batchSize) {
          commit(List.copyOf(batch), tally);
          batch.clear();
        }
      }
    }
    commit(List.copyOf(batch), tally);
    return tally.summary();
  }

  private void commit(List<IngestDocument> batch, Tally tally) {
    if (batch.isEmpty()) {
      return;
    }
    List<IngestOutcome> outcomes;
    try {
      outcomes = jdbi.inTransaction(handle -> {
        List<IngestOutcome> done = new ArrayList<>(batch.size());
        for (IngestDocument document : batch) {
          done.add(recorder.record(handle, document));
        }
        return done;
      });
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        tally.add(IngestOutcome.failed(batch.get(0).source(), null, ReportRecorder.describe(e)));
      } else {
        for (IngestDocument document : batch) {
          commit(List.of(document), tally);
        }
      }
      return;
    }
    custody.anchor(jdbi);
    outcomes.forEach(tally::add);
  }

  /** Counts outcomes and passes them on to the listener. */
  private static final class Tally {
    private final IngestListener listener;
    private final List<IngestFailure> failures = new ArrayList<>();
    private int stored;
    private int duplicates;
    private int republications;

    Tally(IngestListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    void add(IngestOutcome outcome) {
      switch (outcome.kind()) {
        case STORED:
          stored++;
          break;
        case REPUBLICATION:
          stored++;
          republications++;
          break;
        case DUPLICATE:
          duplicates++;
          break;
        default:
          failures.add(new IngestFailure(outcome.source(), outcome.reason()));
      }
      listener.onOutcome(outcome);
    }

    IngestSummary summary() {
      return new IngestSummary(stored, duplicates, republications, failures);
    }
  }
}
