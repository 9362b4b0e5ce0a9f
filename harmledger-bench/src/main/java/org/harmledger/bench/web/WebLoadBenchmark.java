package org.harmledger.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.bench.resolve.SyntheticAssertions;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.server.HarmLedgerServer;
import org.harmledger.server.ServerConfig;
import org.harmledger.server.ServerServices;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportIndexer;
import org.harmledger.store.search.ReportSearcher;

/**
 * WebLoadBenchmark measures the HTTP API under concurrent load on loopback: it fills a fresh
 * ledger with synthetic assertions (about 2.2 per incident), resolves and stores the incidents,
 * indexes the reports, starts the real
 * server on a free port, and lets concurrent clients (java.net.http, one request at a time
 * each) mix four requests: the incident listing page, a filtered listing, a search, and one
 * incident. Searches name one village as a phrase, half of them with an event word too (a
 * search for a word every report holds ranks the whole corpus and measures little else). It stops at a request count or a time limit, whichever comes first, and prints
 * p50/p95/p99 per request kind. The target is p95 under 100 ms.
 *
 * <p>Arguments: {@code [assertions=160000] [clients=32] [requests=20000] [seconds=120] [tmpdir] [ledger]
 * [jdbc]}. Without {@code ledger} the ledger is built in a temporary folder under {@code tmpdir}
 * and deleted afterwards. With it, the ledger is built in that folder when it holds none (no
 * {@value #FILLED} marker) and kept, so later runs (after a code change, say) skip the minutes of
 * building; its search index is rebuilt when the folder has none, so deleting
 * {@code <ledger>/index} re-indexes after an index change. {@code jdbc} puts the database on
 * PostgreSQL (an empty database; pass the same one again to reuse it) instead of SQLite.
 */
public final class WebLoadBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The file in a kept ledger folder saying that its database was filled and resolved. */
  private static final String FILLED = "webload-filled";
  private static final String[] KINDS = {"list", "filter", "search", "incident"};
  private static final String[] WORDS = {"airstrike", "shelling", "civilians", "\"car bomb\"", "drone", "killed"};

  private WebLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int assertions = args.length > 0 ? Integer.parseInt(args[0]) : 160_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
    Path tmp = args.length > 4 ? Path.of(args[4]) : Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep = args.length > 5;
    Path dir = keep ? Path.of(args[5]) : Files.createTempDirectory(tmp, "harmledger-webload");
    String jdbc = args.length > 6 ? args[6] : null;
    boolean reused = keep && Files.exists(dir.resolve(FILLED));

    long t0 = System.nanoTime();
    Ledger ledger = Ledger.open(StorageConfig.of(dir, jdbc), Clock.systemUTC());
    if (!reused) {
      SyntheticLedger.fill(ledger, SyntheticAssertions.generate(assertions, 42));
    }
    long t1 = System.nanoTime();
    if (!Files.isDirectory(ReportIndex.folderOf(dir))) {
      try (ReportIndex index = ReportIndex.open(ReportIndex.folderOf(dir))) {
        new ReportIndexer(ledger.database().jdbi(), index).rebuild();
      }
    }
    long t2 = System.nanoTime();
    int incidentCount = reused ? -1 : ledger.incidents().resolveAll("bench").incidents();
    long t3 = System.nanoTime();
    if (keep && !reused) {
      Files.writeString(dir.resolve(FILLED), assertions + " assertions\n");
    }
    ServerServices services = new ServerServices(ServerConfig.defaults().withPort(0), ledger,
        ReportSearcher.open(ReportIndex.folderOf(dir)),
        ledger.incidents(),
        ActorDictionary.loadDefault(), Gazetteer.loadDefault(), new AccountStore(ledger.database().jdbi(),
        Clock.systemUTC()), Clock.systemUTC());
    Javalin app = HarmLedgerServer.start(services);
    String base = "http://127.0.0.1:" + app.port();
    ExecutorService io = Executors.newFixedThreadPool(4);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io).build();
    JsonNode first = get(client, base + "/api/incidents?limit=200");
    long incidents = first.get("total").asLong();
    List<String> ids = new ArrayList<>();
    first.get("items").forEach(i -> ids.add(i.get("id").asText()));
    List<String> provinces = new ArrayList<>();
    first.get("items").forEach(i -> {
      if (i.path("place").hasNonNull("admin1")) {
        provinces.add(i.get("place").get("admin1").asText());
      }
    });
    if (reused) {
      System.out.printf(Locale.ROOT, "ledger: reused %s (%d incidents), indexed in %.1f s%n", dir, incidents,
          (t2 - t1) / 1e9);
    } else {
      System.out.printf(Locale.ROOT, "ledger: %d assertions stored in %.1f s, indexed in %.1f s; %d incidents resolved"
          + " and stored in %.1f s%n", assertions, (t1 - t0) / 1e9, (t2 - t1) / 1e9, incidentCount, (t3 - t2) / 1e9);
    }
    System.out.printf(Locale.ROOT, "database: %s%n", ledger.database().isPostgres() ? "PostgreSQL" : "SQLite");
    System.out.printf(Locale.ROOT, "%d clients, at most %d requests or %d s, %d cores%n", clients, requests, seconds,
        Runtime.getRuntime().availableProcessors());

    // SyntheticAssertions names villages 1.. in three countries of max(200, n / 40) villages each.
    int villages = 3 * Math.max(200, assertions / 40);
    long[][] latencies = new long[KINDS.length][requests];
    int[] counts = new int[KINDS.length];
    int[] errors = new int[KINDS.length];
    AtomicInteger issued = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      pool.execute(() -> {
        int n;
        while ((n = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
          int kind = n % KINDS.length;
          String url = base + path(kind, random, ids, provinces, incidents, villages);
          long before = System.nanoTime();
          int status = status(client, url);
          long took = System.nanoTime() - before;
          synchronized (latencies) {
            latencies[kind][counts[kind]++] = took;
            if (status != 200) {
              errors[kind]++;
            }
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    double loadAfter = os.getSystemLoadAverage();
    app.stop();
    io.shutdown();
    services.search().close();
    ledger.close();
    if (!keep) {
      delete(dir);
    }

    System.out.println(LatencyStats.header());
    long[] all = new long[requests];
    int total = 0;
    int totalErrors = 0;
    for (int k = 0; k < KINDS.length; k++) {
      System.out.println(LatencyStats.of(KINDS[k], latencies[k], counts[k], errors[k]).line());
      System.arraycopy(latencies[k], 0, all, total, counts[k]);
      total += counts[k];
      totalErrors += errors[k];
    }
    System.out.println(LatencyStats.of("all", all, total, totalErrors).line());
    System.out.printf(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s%n", total, elapsed, total / elapsed);
    // Server and load generator share this process: the CPU figure covers both.
    System.out.printf(Locale.ROOT, "process CPU %.1f s (%.1f ms per request, server and clients together); "
        + "load average %.1f before, %.1f after%n", cpu, cpu * 1000 / Math.max(1, total), loadBefore, loadAfter);
  }

  private static String path(int kind, Random random, List<String> ids, List<String> provinces, long incidents,
      int villages) {
    switch (KINDS[kind]) {
      case "list":
        return "/api/incidents?limit=50&offset=" + random.nextInt((int) Math.max(1, Math.min(incidents, 5_000)));
      case "filter":
        int year = 2015 + random.nextInt(5);
        return "/api/incidents?limit=50&from=" + year + "-01-01&to=" + year + "-06-30&min_killed=" + random.nextInt(10)
            + (provinces.isEmpty() ? "" : "&admin1=" + provinces.get(random.nextInt(provinces.size())));
      case "search":
        // Someone looking for a place: a phrase naming one village, with an event word half the time.
        String place = "\"village " + (1 + random.nextInt(villages)) + "\"";
        String q = random.nextBoolean() ? place : place + " " + WORDS[random.nextInt(WORDS.length)];
        return "/api/search?limit=20&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
      default:
        return "/api/incidents/" + ids.get(random.nextInt(ids.size()));
    }
  }

  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    }
  }

  private static int status(HttpClient client, String url) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      // A failed request counts as an error in the results, as a non-200 answer does.
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static JsonNode get(HttpClient client, String url) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return MAPPER.readTree(r.body());
  }
}
