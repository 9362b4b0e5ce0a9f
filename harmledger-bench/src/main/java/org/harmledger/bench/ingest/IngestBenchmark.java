package org.harmledger.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestSummary;

/**
 * IngestBenchmark measures the store path of ingest alone: hashing, writing and forcing each
 * original, the working copy, near-duplicate fingerprint, custody entries and report rows, with
 * an extractor that yields nothing. Each round ingests freshly generated reports of about 2 KB
 * into a new data folder under the system temporary directory (deleted afterwards) and prints
 * reports per second, and the CPU time per report of the thread that commits (the database
 * work, which bounds throughput when the disk keeps up); the last line is the median rate.
 *
 * <p>Arguments: {@code [reports=20000] [rounds=3] [tmpdir]}.
 */
public final class IngestBenchmark {
  private static final Extractor NOTHING = (text, metadata) -> new Extraction(metadata, List.of(), "bench");
  private static final String[] WORDS = ("shelling market village civilians killed wounded hospital rescue ministry "
      + "statement coalition forces airstrike drone school bakery checkpoint displaced families witnesses morning "
      + "night north south east west district town road bridge water power station council volunteers children "
      + "women elderly ambulance shelter mosque church field farm convoy border crossing camp").split(" ");

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path tmp = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));

    System.out.printf("ingest store path: %d reports of ~2 KB per round, %d rounds, batch %d, %d cores%n",
        reports, rounds, Ledger.DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors());
    round(tmp, generate(2_000, -1), "warm-up");
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      rates[r] = round(tmp, generate(reports, r), "round " + (r + 1));
    }
    Arrays.sort(rates);
    System.out.printf("median: %.0f reports/s%n", rates[rounds / 2]);
  }

  private static double round(Path tmp, List<IntakeDocument> documents, String name) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "harmledger-bench-");
    try {
      Ledger ledger = Ledger.open(StorageConfig.of(dir, null), Clock.systemUTC());
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      IngestSummary summary = ledger.ingestService(NOTHING, "bench").ingest(documents.stream(), IngestListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMillisPerReport = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / documents.size();
      if (summary.stored() != documents.size()) {
        throw new IllegalStateException(name + ": expected " + documents.size() + " stored but got " + summary.line());
      }
      double rate = documents.size() / seconds;
      System.out.printf("%s: %d reports in %.2f s = %.0f reports/s (committing thread: %.3f ms CPU per report)%n",
          name, documents.size(), seconds, rate, cpuMillisPerReport);
      return rate;
    } finally {
      deleteTree(dir);
    }
  }

  /** Distinct reports of random words (no two are near duplicates), different in every round. */
  private static List<IntakeDocument> generate(int count, long seed) {
    Random random = new Random(seed);
    List<IntakeDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("Report " + seed + "/" + i + ".");
      while (text.length() < 2_000) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextInt(9) == 0) {
          text.append(' ').append(random.nextInt(1_000));
        }
      }
      String body = text.toString();
      documents.add(new IntakeDocument("bench-" + i + ".txt", body.getBytes(StandardCharsets.UTF_8), "text/plain",
          body, ReportMetadata.empty()));
    }
    return documents;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
