package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.harmledger.model.Extraction;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.intake.IntakeDocument;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several ingests at once on one ledger, as a server's concurrent requests run them: each writer
 * thread has its own IngestService and they feed overlapping inputs.
 */
class ConcurrentIngestTest {
  private static final int WRITERS = 4;
  private static final int DISTINCT = 120;

  @TempDir
  Path dir;

  @Test
  void overlappingIngests_storeEveryReportOnce_recordEveryArrival_andTheChainVerifies() throws Exception {
    try (Ledger ledger = LedgerFixture.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<IngestSummary>> runs = new ArrayList<>();
      int arrivals = 0;
      for (int w = 0; w < WRITERS; w++) {
        // Writer w takes reports [w*30, w*30+60): each report is sent by one or two writers.
        List<IntakeDocument> docs = new ArrayList<>();
        for (int i = w * 30; i < w * 30 + 60; i++) {
          int n = i % DISTINCT;
          docs.add(LedgerFixture.document("w" + w + "/r" + n + ".txt", text(n)));
        }
        arrivals += docs.size();
        IngestService service = new IngestService(ledger.database().jdbi(), ledger.evidence(), ledger.custody(),
            (text, metadata) -> new Extraction(metadata, List.of(), "rules-1"), LedgerFixture.ACTOR, 7);
        Callable<IngestSummary> run = () -> service.ingest(docs.stream(), IngestListener.NONE);
        runs.add(pool.submit(run));
      }
      int stored = 0;
      int duplicates = 0;
      for (Future<IngestSummary> run : runs) {
        IngestSummary summary = run.get();
        assertThat(summary.failures()).isEmpty();
        stored += summary.stored();
        duplicates += summary.duplicates();
      }
      pool.shutdown();

      Jdbi jdbi = ledger.database().jdbi();
      assertThat(stored).isEqualTo(DISTINCT);
      assertThat(duplicates).isEqualTo(arrivals - DISTINCT);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM reports")).isEqualTo(DISTINCT);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM receipts")).isEqualTo(arrivals);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM extraction_runs")).isEqualTo(DISTINCT);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM custody_entries WHERE action = 'extracted'")).isEqualTo(DISTINCT);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM custody_entries WHERE action = 'received'")).isEqualTo(arrivals);
      assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
      assertThat(ledger.custody().anchorFile().read().orElseThrow().seq())
          .isEqualTo(count(jdbi, "SELECT MAX(seq) FROM custody_entries"));
    }
  }

  private static String text(int n) {
    return "Report " + n + ": " + Stream.iterate(n * 31 + 7, x -> (x * 1103 + 12345) % 9973).limit(80)
        .map(x -> "word" + x).reduce((a, b) -> a + " " + b).orElseThrow();
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
