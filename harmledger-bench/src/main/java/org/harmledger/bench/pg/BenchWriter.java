package org.harmledger.bench.pg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestSummary;

/**
 * BenchWriter is one writer process of {@link WriterScalingBenchmark}: it generates its own share
 * of distinct ~2 KB reports, ingests them through the store path (extractor yielding nothing) and
 * prints {@code START_MS END_MS STORED} measured around the ingest alone, so JVM start-up and
 * opening the ledger are not counted.
 *
 * <p>Arguments: {@code DATA_DIR JDBC_URL|embedded WRITER REPORTS}.
 */
public final class BenchWriter {
  private static final Extractor NOTHING = (text, metadata) -> new Extraction(metadata, List.of(), "bench");
  private static final String[] WORDS = ("shelling market village civilians killed wounded hospital rescue ministry "
      + "statement coalition forces airstrike drone school bakery checkpoint displaced families witnesses morning "
      + "night north south east west district town road bridge water power station council volunteers children "
      + "women elderly ambulance shelter mosque church field farm convoy border crossing camp").split(" ");

  private BenchWriter() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    String url = args[1].equals("embedded") ? null : args[1];
    int writer = Integer.parseInt(args[2]);
    int reports = Integer.parseInt(args[3]);
    List<IntakeDocument> documents = generate(writer, reports);
    try (Ledger ledger = Ledger.open(StorageConfig.of(data, url), Clock.systemUTC())) {
      long start = System.currentTimeMillis();
      IngestSummary summary = ledger.ingestService(NOTHING, "bench:" + writer)
          .ingest(documents.stream(), IngestListener.NONE);
      long end = System.currentTimeMillis();
      if (summary.stored() != reports) {
        throw new IllegalStateException("writer " + writer + ": expected " + reports + " stored but " + summary.line());
      }
      System.out.println(start + " " + end + " " + summary.stored());
    }
  }

  /** Distinct reports of random words, different for every writer. */
  private static List<IntakeDocument> generate(int writer, int count) {
    Random random = new Random(1_000_003L * writer + 17);
    List<IntakeDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("Report " + writer + "/" + i + ".");
      while (text.length() < 2_000) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextInt(9) == 0) {
          text.append(' ').append(random.nextInt(1_000));
        }
      }
      String body = text.toString();
      documents.add(new IntakeDocument("w" + writer + "-" + i + ".txt", body.getBytes(StandardCharsets.UTF_8),
          "text/plain", body, ReportMetadata.empty()));
    }
    return documents;
  }
}
