package org.harmledger.store.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ConnectionLoss;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.harmledger.store.intake.IntakeItem;
import org.jdbi.v3.core.Jdbi;

/**
 * An IngestService stores a stream of inputs as evidence: originals, report rows, working copies,
 * receipts, near-duplicate links, extractions and custody entries.
 *
 * <p>Inputs are committed in batches of up to {@code batchSize} reports per transaction (one
 * fsync of the database per batch rather than per report). While one batch commits, the next is
 * prepared by {@value #WORKERS} worker threads: each original is written and forced to disk, its
 * text signed for near-duplicate lookup and extracted (extractors are pure and thread-safe).
 * Forcing waits on the disk, not the CPU, and concurrent forces share the file system's journal
 * commits, hence more workers than cores. A batch's transaction runs only once every original of
 * the batch is durable. The batch's rows are written with one batched statement per table
 * ({@link ReportRecorder#recordAll}). Every report's rows commit together with its
 * custody entries, so a process killed at any point loses at most the uncommitted batch, whose
 * originals are already on disk and are simply found again on the re-run: nothing is stored
 * twice and the chain still verifies. If a batch fails to commit, its reports are retried one per
 * transaction, so one bad report fails alone; if it fails because the database connection was lost,
 * the batch is retried as a whole after a pause, and the run stops with an error naming the lost
 * connection if the database stays away. A batch whose commit went through unacknowledged is
 * recognised by its last custody entry and not written again. Not thread-safe: one ingest at a time per instance;
 * several instances (threads or processes) may ingest into one ledger at once.
 */
public final class IngestService {
  static final int WORKERS = 32;
  /** Tries of a batch whose commit lost the database connection: waits of 1, 2 and 4 seconds between them. */
  static final int CONNECTION_ATTEMPTS = 4;

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
    this.recorder = new ReportRecorder(evidence, custody, extractor, actor);
    this.batchSize = batchSize;
  }

  /**
   * Ingests every input, telling {@code listener} each outcome as it commits (an intake failure
   * at once, so it may be heard before documents that came earlier).
   *
   * @throws org.harmledger.store.StorageException before storing anything when the custody chain
   *     no longer reaches its anchor (it must be verified and repaired first)
   */
  public IngestSummary ingest(Stream<? extends IntakeItem> inputs, IngestListener listener) {
    custody.requireAnchored(jdbi);
    Tally tally = new Tally(listener);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      List<IntakeDocument> batch = new ArrayList<>(batchSize);
      Preparing previous = null;
      Iterator<? extends IntakeItem> it = inputs.iterator();
      while (it.hasNext()) {
        IntakeItem input = it.next();
        if (input instanceof IntakeFailure failure) {
          tally.add(IngestOutcome.failed(failure.source(), null, failure.reason()));
        } else if (input instanceof IntakeDocument document) {
          batch.add(document);
          if (batch.size() == batchSize) {
            // Start preparing this batch, then commit the previous one meanwhile.
            Preparing current = Preparing.start(List.copyOf(batch), workers, recorder);
            batch.clear();
            if (previous != null) {
              commit(previous.finish(tally), tally);
            }
            previous = current;
          }
        }
      }
      Preparing last = Preparing.start(List.copyOf(batch), workers, recorder);
      if (previous != null) {
        commit(previous.finish(tally), tally);
      }
      commit(last.finish(tally), tally);
    } finally {
      workers.shutdownNow();
    }
    return tally.summary();
  }

  private void commit(List<PreparedReport> batch, Tally tally) {
    if (batch.isEmpty()) {
      return;
    }
    List<IngestOutcome> outcomes;
    try {
      outcomes = commitRetryingConnection(batch);
    } catch (RuntimeException e) {
      if (ConnectionLoss.is(e)) {
        // Retrying report by report could not help while the database is away.
        throw e;
      }
      if (batch.size() == 1) {
        tally.add(IngestOutcome.failed(batch.get(0).document().source(), null, ReportRecorder.describe(e)));
      } else {
        for (PreparedReport prepared : batch) {
          commit(List.of(prepared), tally);
        }
      }
      return;
    }
    custody.anchor(jdbi);
    outcomes.forEach(tally::add);
  }

  /**
   * Commits one batch; when the connection to the database is lost (a server restart, say), waits
   * and tries the same batch again, up to {@value #CONNECTION_ATTEMPTS} times in all. A commit
   * whose acknowledgement was lost (the connection dropped, or the driver failed after the commit)
   * is recognised by the batch's last custody entry being in the chain, and counts as done rather
   * than being written again as duplicates.
   *
   * @throws StorageException when the database stays unreachable: the run stops there, everything
   *     committed before is kept, and a re-run resumes
   */
  private List<IngestOutcome> commitRetryingConnection(List<PreparedReport> batch) {
    AtomicReference<RecordedBatch> attempted = new AtomicReference<>();
    for (int attempt = 1; ; attempt++) {
      try {
        RecordedBatch before = attempted.get();
        if (before != null && jdbi.withHandle(h -> custody.holds(h, before.lastEntry()))) {
          return before.outcomes();
        }
        return jdbi.inTransaction(handle -> {
          RecordedBatch recorded = recorder.recordAll(handle, batch);
          attempted.set(recorded);
          return recorded;
        }).outcomes();
      } catch (RuntimeException e) {
        if (landed(attempted.get(), e)) {
          return attempted.get().outcomes();
        }
        if (!ConnectionLoss.is(e)) {
          throw e;
        }
        if (attempt == CONNECTION_ATTEMPTS) {
          throw new StorageException("lost the connection to the database while committing " + batch.size()
              + " reports (" + ReportRecorder.describe(e) + "); reports committed before are kept, "
              + "run ingest again to resume", e);
        }
        pause(attempt);
      }
    }
  }

  /**
   * Whether the transaction that wrote {@code attempt} committed after all. When the database
   * cannot answer, the answer is no and the reason is kept with {@code failure}; a next attempt
   * asks again before writing anything.
   */
  private boolean landed(RecordedBatch attempt, RuntimeException failure) {
    if (attempt == null) {
      return false;
    }
    try {
      return jdbi.withHandle(h -> custody.holds(h, attempt.lastEntry()));
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(1000L << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted while waiting for the database", e);
    }
  }

  /** A batch being prepared (originals written and forced, texts signed and extracted) by the worker threads. */
  private static final class Preparing {
    private final List<IntakeDocument> documents;
    private final List<Future<PreparedReport>> prepared;

    private Preparing(List<IntakeDocument> documents, List<Future<PreparedReport>> prepared) {
      this.documents = documents;
      this.prepared = prepared;
    }

    static Preparing start(List<IntakeDocument> documents, ExecutorService workers, ReportRecorder recorder) {
      List<Future<PreparedReport>> prepared = new ArrayList<>(documents.size());
      for (IntakeDocument document : documents) {
        prepared.add(workers.submit(() -> recorder.prepare(document)));
      }
      return new Preparing(documents, prepared);
    }

    /** Waits until every document is prepared; one whose original could not be stored fails alone. */
    List<PreparedReport> finish(Tally tally) {
      List<PreparedReport> done = new ArrayList<>(documents.size());
      for (int i = 0; i < documents.size(); i++) {
        try {
          done.add(prepared.get(i).get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          tally.add(IngestOutcome.failed(documents.get(i).source(), null, ReportRecorder.describe(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("ingest interrupted while storing originals", e);
        }
      }
      return done;
    }
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
