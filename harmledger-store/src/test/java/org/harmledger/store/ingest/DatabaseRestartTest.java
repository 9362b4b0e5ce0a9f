package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.harmledger.model.Extraction;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.PostgresServer;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.StorageException;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.intake.IntakeDocument;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server restarting under a running ingest. The test starts a server of its own
 * ({@link PostgresServer}), stops it right after a batch committed and starts it again a moment
 * later, while the ingest goes on. Either the ingest retries the lost batch and finishes, or it
 * stops with the one-line "lost the connection" error and a re-run finishes the work; in both
 * cases every report is stored exactly once, every arrival has its receipt, and the chain verifies.
 */
class DatabaseRestartTest {
  private static final int REPORTS = 1_500;
  private static final int BATCH = 100;
  private static final int RESTART_AFTER = 300;

  @TempDir
  Path dir;

  @Test
  void serverRestartMidIngest_isRetriedOrReportedClearly_neverSilentlyLost() throws Exception {
    // It brings its own server, so it runs once, in the default (SQLite) pass of the store tests.
    Assumptions.assumeFalse(TestDatabases.postgres(), "runs in the default pass, with a server of its own");
    Optional<Path> bin = PostgresServer.binaries();
    Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL binaries: set " + PostgresServer.BIN_ENV
        + " or install Debian's postgresql (/usr/lib/postgresql/VERSION/bin)");
    List<IntakeDocument> docs = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      docs.add(LedgerFixture.document("r" + i + ".txt", text(i)));
    }
    try (PostgresServer server = PostgresServer.start(bin.get());
         Ledger ledger = Ledger.open(StorageConfig.resolve(dir, server.url(), Map.of()), LedgerFixture.CLOCK)) {
      AtomicInteger committed = new AtomicInteger();
      CompletableFuture<Void> restarted = new CompletableFuture<>();
      IngestListener restartOnce = outcome -> {
        if (committed.incrementAndGet() == RESTART_AFTER) {
          // Stop now, on the ingest's own thread, so the next commit meets a stopped server; start it a moment later.
          try {
            server.stop();
          } catch (Exception e) {
            throw new IllegalStateException("cannot stop the test server", e);
          }
          CompletableFuture.runAsync(() -> {
            try {
              Thread.sleep(1_500);
              server.startAgain();
              restarted.complete(null);
            } catch (Exception e) {
              restarted.completeExceptionally(e);
            }
          });
        }
      };

      int firstRun;
      try {
        IngestSummary summary = service(ledger).ingest(docs.stream(), restartOnce);
        assertThat(summary.failures()).isEmpty();
        firstRun = summary.stored() + summary.duplicates();
        assertThat(firstRun).isEqualTo(REPORTS);
      } catch (StorageException e) {
        assertThat(e.getMessage()).contains("lost the connection to the database while committing",
            "reports committed before are kept, run ingest again to resume");
        restarted.get();
        IngestSummary rerun = service(ledger).ingest(docs.stream(), IngestListener.NONE);
        assertThat(rerun.failures()).isEmpty();
        assertThat(rerun.stored() + rerun.duplicates()).isEqualTo(REPORTS);
      }
      restarted.get();
      assertThat(committed.get()).as("outcomes heard after the restart").isGreaterThan(RESTART_AFTER);

      Jdbi jdbi = ledger.database().jdbi();
      long receipts = count(jdbi, "SELECT COUNT(*) FROM receipts");
      assertThat(count(jdbi, "SELECT COUNT(*) FROM reports")).isEqualTo(REPORTS);
      assertThat(count(jdbi, "SELECT COUNT(DISTINCT report_id) FROM receipts")).isEqualTo(REPORTS);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM custody_entries WHERE action = 'received'")).isEqualTo(receipts);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM extraction_runs")).isEqualTo(REPORTS);
      assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
    }
  }

  private static IngestService service(Ledger ledger) {
    return new IngestService(ledger.database().jdbi(), ledger.evidence(), ledger.custody(),
        (text, metadata) -> new Extraction(metadata, List.of(), "rules-1"), LedgerFixture.ACTOR, BATCH);
  }

  private static String text(int n) {
    return "Report " + n + ": " + Stream.iterate(n * 31 + 7, x -> (x * 1103 + 12345) % 9973).limit(60)
        .map(x -> "word" + x).reduce((a, b) -> a + " " + b).orElseThrow();
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
