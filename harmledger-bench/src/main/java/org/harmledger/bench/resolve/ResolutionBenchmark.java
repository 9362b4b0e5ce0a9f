package org.harmledger.bench.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harmledger.model.Assertion;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.LedgerIndex;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.ResolutionUpdate;
import org.harmledger.resolve.SourcedAssertion;

/**
 * ResolutionBenchmark times resolution of synthetic assertions from scratch: for each size it
 * generates the assertions once, resolves them several times and prints the median and fastest
 * wall time, throughput, incidents found and heap in use; then it times adding a thousand
 * assertions to a resolution of the largest size, incrementally and by re-resolving; then it
 * times the smallest size with one assertion in fifty unplaced. Arguments: sizes (default
 * 100000,200000,500000,1000000) and runs per size (default 3). Run with -Xmx2g to check the
 * goal of a million assertions in under a minute on two cores.
 */
public final class ResolutionBenchmark {
  private ResolutionBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {100_000, 200_000, 500_000, 1_000_000};
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    IncidentResolver resolver = IncidentResolver.loadDefault();
    System.out.printf(Locale.ROOT, "%10s %6s %10s %10s %12s %10s %10s%n", "assertions", "runs", "median_s", "min_s",
        "per_second", "incidents", "heap_mb");
    for (int size : sizes) {
      List<SourcedAssertion> assertions = SyntheticAssertions.generate(size, 42);
      List<Double> seconds = new ArrayList<>();
      int incidents = 0;
      long heap = 0;
      for (int run = 0; run < runs; run++) {
        System.gc();
        long start = System.nanoTime();
        Resolution r = resolver.resolve(assertions, List.of());
        seconds.add((System.nanoTime() - start) / 1e9);
        incidents = r.incidents().size();
        Runtime rt = Runtime.getRuntime();
        heap = Math.max(heap, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
      }
      seconds.sort(Double::compare);
      double median = seconds.get(seconds.size() / 2);
      System.out.printf(Locale.ROOT, "%10d %6d %10.2f %10.2f %12.0f %10d %10d%n", size, runs, median, seconds.get(0),
          size / median, incidents, heap);
    }
    incremental(resolver, sizes[sizes.length - 1]);
    unplaced(resolver, sizes[0]);
  }

  /**
   * Times the rule incident.sole-candidate: resolves {@code size} assertions as generated and
   * again with every {@value #UNPLACED_EVERY}th assertion's place removed (an unplaced account of
   * unknown country, matched against every country's incidents of its days), then adds a thousand
   * more with places removed the same way to a {@link LedgerIndex} of the latter.
   */
  private static void unplaced(IncidentResolver resolver, int size) {
    List<SourcedAssertion> all = SyntheticAssertions.generate(size + 1_000, 42);
    List<SourcedAssertion> stripped = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      SourcedAssertion a = all.get(i);
      Assertion as = a.assertion();
      stripped.add(i % UNPLACED_EVERY != 0 ? a : new SourcedAssertion(a.assertionId(), a.reportId(), a.report(),
          a.republicationOf(), new Assertion(as.primary(), as.eventType(), as.date(), null, as.perpetrator(),
              as.claimant(), as.killed(), as.injured(), as.missing(), as.tollMayRise(), as.evidence())));
    }
    for (boolean unplaced : new boolean[] {false, true}) {
      List<SourcedAssertion> input = (unplaced ? stripped : all).subList(0, size);
      System.gc();
      long start = System.nanoTime();
      Resolution r = resolver.resolve(input, List.of());
      long joined = r.incidents().stream().flatMap(i -> i.members().stream())
          .filter(m -> m.how() == Membership.How.SOLE_CANDIDATE).count();
      System.out.printf(Locale.ROOT, "%s: %d assertions resolved in %.2f s (%d incidents, %d sole-candidate joins)%n",
          unplaced ? "every " + UNPLACED_EVERY + "th unplaced" : "as generated", size,
          (System.nanoTime() - start) / 1e9, r.incidents().size(), joined);
    }
    LedgerIndex index = LedgerIndex.of(resolver.resolve(stripped.subList(0, size), List.of()), resolver);
    long start = System.nanoTime();
    ResolutionUpdate update = resolver.update(index, stripped.subList(size, size + 1_000), List.of());
    System.out.printf(Locale.ROOT, "update with unplaced accounts: 1000 assertions added in %.3f s (%d incidents "
        + "rewritten)%n", (System.nanoTime() - start) / 1e9, update.incidents().size());
  }

  /** One assertion in this many loses its place in the sole-candidate measurement. */
  private static final int UNPLACED_EVERY = 50;

  /**
   * Times adding a thousand assertions, twice in a row, to a resolution of {@code size} others:
   * through {@link IncidentResolver#update} on a {@link LedgerIndex} built once (the way a
   * long-lived ledger works), and through {@code resolve(previous, added)}, which rebuilds every
   * profile. Prints the index build time, each update's time and how many incidents it rewrote.
   */
  private static void incremental(IncidentResolver resolver, int size) {
    List<SourcedAssertion> all = SyntheticAssertions.generate(size + 2_000, 42);
    Resolution previous = resolver.resolve(all.subList(0, size), List.of());
    System.gc();
    long t0 = System.nanoTime();
    LedgerIndex index = LedgerIndex.of(previous, resolver);
    System.out.printf(Locale.ROOT, "index of %d resolved assertions built in %.2f s%n", size,
        (System.nanoTime() - t0) / 1e9);
    for (int step = 0; step < 2; step++) {
      List<SourcedAssertion> added = all.subList(size + step * 1_000, size + (step + 1) * 1_000);
      long start = System.nanoTime();
      ResolutionUpdate update = resolver.update(index, added, List.of());
      index.apply(update);
      System.out.printf(Locale.ROOT, "update: 1000 assertions added in %.3f s (%d incidents rewritten)%n",
          (System.nanoTime() - start) / 1e9, update.incidents().size());
    }
    System.gc();
    long start = System.nanoTime();
    Resolution next = resolver.resolve(previous, all.subList(size, size + 1_000), List.of());
    System.out.printf(Locale.ROOT, "resolve(previous, added): 1000 assertions added to %d in %.2f s (%d incidents)%n",
        size, (System.nanoTime() - start) / 1e9, next.incidents().size());
  }
}
