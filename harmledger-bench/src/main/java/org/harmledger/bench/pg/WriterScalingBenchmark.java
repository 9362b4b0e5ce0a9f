package org.harmledger.bench.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * WriterScalingBenchmark measures ingest throughput (store path) with 1, 2 and 4 writer processes
 * sharing one ledger, on PostgreSQL and on the embedded SQLite database. Each run gets a new data
 * folder under the system temporary directory and, on PostgreSQL, a new schema; both are removed
 * afterwards. The writers split the reports evenly; the rate is all reports over the span from the
 * first writer's start to the last writer's end (JVM start-up excluded).
 *
 * <p>Arguments: {@code JDBC_URL [reports=8000] [writers=1,2,4]}, where JDBC_URL is a PostgreSQL
 * database the benchmark may create schemas in ({@code -} to measure SQLite only).
 */
public final class WriterScalingBenchmark {
  private WriterScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    String postgres = args.length > 0 && !args[0].equals("-") ? args[0] : null;
    int reports = args.length > 1 ? Integer.parseInt(args[1]) : 8_000;
    int[] writers = args.length > 2
        ? Stream.of(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 2, 4};
    System.out.printf("ingest store path, %d reports of ~2 KB per run, %d cores%n", reports,
        Runtime.getRuntime().availableProcessors());
    for (int n : writers) {
      report("sqlite", n, run(null, n, reports));
      if (postgres != null) {
        report("postgresql", n, run(postgres, n, reports));
      }
    }
  }

  private static void report(String database, int writers, double rate) {
    System.out.printf("%-10s %d writer%s: %.0f reports/s%n", database, writers, writers == 1 ? " " : "s", rate);
  }

  private static double run(String postgres, int writers, int reports) throws Exception {
    Path dir = Files.createTempDirectory("harmledger-pg-bench-");
    String schema = "bench_" + System.nanoTime();
    String url = postgres == null ? "embedded" : withSchema(postgres, schema);
    try {
      if (postgres != null) {
        execute(postgres, "CREATE SCHEMA " + schema);
      }
      List<Process> processes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        processes.add(new ProcessBuilder(javaCommand(dir.toString(), url, Integer.toString(w),
            Integer.toString(reports / writers))).redirectError(ProcessBuilder.Redirect.INHERIT).start());
      }
      long first = Long.MAX_VALUE;
      long last = 0;
      long stored = 0;
      for (Process p : processes) {
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || line.isEmpty()) {
          throw new IllegalStateException("a writer failed (exit " + p.exitValue() + ")");
        }
        String[] parts = line.split(" ");
        first = Math.min(first, Long.parseLong(parts[0]));
        last = Math.max(last, Long.parseLong(parts[1]));
        stored += Long.parseLong(parts[2]);
      }
      return stored / ((last - first) / 1000.0);
    } finally {
      if (postgres != null) {
        execute(postgres, "DROP SCHEMA " + schema + " CASCADE");
      }
      deleteTree(dir);
    }
  }

  private static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchWriter.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
