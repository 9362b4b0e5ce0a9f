package org.harmledger.bench.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.incidents.IncidentFilter;
import org.harmledger.store.incidents.ResolutionSummary;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.ingest.IngestListener;

/**
 * StoredResolutionBenchmark times {@code IncidentStore.resolveAll} on an embedded ledger: it
 * ingests synthetic assertions (one report each, the assertion handed over by an extractor keyed
 * on the report's text), resolves them (a first, full run), resolves again with nothing new,
 * ingests a hundred more reports and resolves them (incrementally), and lists a filtered page.
 * Argument: sizes (default 10000,50000). Each size uses a fresh temporary data folder, which it
 * leaves behind for inspection.
 */
public final class StoredResolutionBenchmark {
  /** Reports ingested after the first resolution, to time an incremental run. */
  private static final int LATER = 100;

  private StoredResolutionBenchmark() {}

  public static void main(String[] args) throws IOException {
    int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {10_000, 50_000};
    System.out.printf(Locale.ROOT, "%10s %10s %12s %12s %12s %10s %10s%n", "assertions", "ingest_s", "resolve_s",
        "nothing_new_s", "add_100_s", "list_ms", "incidents");
    for (int size : sizes) {
      Path dir = Files.createTempDirectory("harmledger-stored-resolution");
      Ledger ledger = Ledger.open(StorageConfig.of(dir, null), Clock.systemUTC());
      Map<String, Extraction> byText = new HashMap<>();
      List<IntakeDocument> docs = new ArrayList<>(size + LATER);
      for (SourcedAssertion a : SyntheticAssertions.generate(size + LATER, 42)) {
        String text = "synthetic report " + a.assertionId();
        byText.put(text, new Extraction(a.report(), List.of(a.assertion()), "synthetic"));
        docs.add(new IntakeDocument(a.assertionId(), text.getBytes(StandardCharsets.UTF_8), "text/plain", text,
            a.report()));
      }
      Extractor handOver = (text, metadata) -> byText.get(text);
      long t0 = System.nanoTime();
      ledger.ingestService(handOver, "bench").ingest(docs.subList(0, size).stream(), IngestListener.NONE);
      long t1 = System.nanoTime();
      ledger.incidents().resolveAll("bench");
      long t2 = System.nanoTime();
      ledger.incidents().resolveAll("bench");
      long t3 = System.nanoTime();
      ledger.ingestService(handOver, "bench").ingest(docs.subList(size, size + LATER).stream(), IngestListener.NONE);
      long t4 = System.nanoTime();
      ResolutionSummary last = ledger.incidents().resolveAll("bench");
      long t5 = System.nanoTime();
      ledger.incidents().list(new IncidentFilter(null, null, null, "SY", null, null, null, 10L), 0, 100);
      long t6 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%10d %10.1f %12.1f %12.1f %12.2f %10.1f %10d%n", size, (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t5 - t4) / 1e9, (t6 - t5) / 1e6, last.incidents());
    }
  }
}
