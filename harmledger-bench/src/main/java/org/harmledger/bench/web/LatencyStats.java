package org.harmledger.bench.web;

import java.util.Arrays;
import java.util.Locale;

/** LatencyStats summarises one kind of request's latencies: count, p50, p95, p99 and maximum, in milliseconds. */
record LatencyStats(String name, int count, double p50, double p95, double p99, double max, int errors) {

  static LatencyStats of(String name, long[] nanos, int count, int errors) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new LatencyStats(name, count, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)), count == 0 ? 0 : ms(sorted[count - 1]), errors);
  }

  /** The nearest-rank percentile of sorted values; 0 when there are none. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  String line() {
    return String.format(Locale.ROOT, "%-10s %8d %9.1f %9.1f %9.1f %9.1f %7d", name, count, p50, p95, p99, max, errors);
  }

  static String header() {
    return String.format(Locale.ROOT, "%-10s %8s %9s %9s %9s %9s %7s", "request", "count", "p50_ms", "p95_ms",
        "p99_ms", "max_ms", "errors");
  }
}
