package org.harmledger.bench.redress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.Flag;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.Mandate;
import org.harmledger.redress.VictimMatcher;

/**
 * RedressBenchmark times a {@link ClaimBatch} run (eligibility, awards with family caps, victim
 * matching and every duplicate and fraud check) over synthetic claims: for each size it generates
 * the data once, runs the batch several times and prints the median and fastest wall time, heap
 * in use, flags per kind, and how many of the planted duplicates and cap breaches were found.
 * Arguments: sizes (default 100000,200000,500000,1000000) and runs per size (default 3). Run with
 * -Xmx2g to check the goal of a million claims in under five minutes.
 */
public final class RedressBenchmark {
  private RedressBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {100_000, 200_000, 500_000, 1_000_000};
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ClaimBatch batch = new ClaimBatch(Mandate.loadExample(), AwardSchedule.loadUnccModel(), VictimMatcher.loadDefault());
    System.out.printf(Locale.ROOT, "%9s %8s %5s %9s %9s %8s %8s %9s %9s %9s%n", "claims", "victims", "runs",
        "median_s", "min_s", "heap_mb", "flags", "dups", "caps", "overlaps");
    for (int size : sizes) {
      SyntheticRedress.Data data = SyntheticRedress.generate(size, 42);
      List<Double> seconds = new ArrayList<>();
      BatchReport report = null;
      long heap = 0;
      for (int run = 0; run < runs; run++) {
        report = null;
        System.gc();
        long start = System.nanoTime();
        report = batch.run(data.input());
        seconds.add((System.nanoTime() - start) / 1e9);
        Runtime rt = Runtime.getRuntime();
        heap = Math.max(heap, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
      }
      seconds.sort(Double::compare);
      System.out.printf(Locale.ROOT, "%9d %8d %5d %9.2f %9.2f %8d %8d %9s %9s %9s%n", data.input().claims().size(),
          data.input().victims().size(), runs, seconds.get(seconds.size() / 2), seconds.get(0), heap,
          report.flags().size(), found(report, data.plantedDuplicates()),
          report.flagsPerKind().getOrDefault(FlagKind.FAMILY_CAP_EXCEEDED, 0L) + "/" + data.plantedCapBreaches(),
          report.flagsPerKind().getOrDefault(FlagKind.OVERLAPPING_CLAIMS, 0L) + "/" + data.plantedOverlaps());
      if (size == sizes[sizes.length - 1]) {
        report.summary().forEach(System.out::println);
      }
    }
  }

  /** Planted duplicate victims found, over those planted: a duplicate is "v-N-dup" for original "v-N". */
  private static String found(BatchReport report, int planted) {
    long found = report.flags().stream().filter(f -> f.kind() == FlagKind.LIKELY_DUPLICATE_VICTIMS)
        .filter(RedressBenchmark::isPlantedPair).count();
    return found + "/" + planted;
  }

  private static boolean isPlantedPair(Flag f) {
    List<String> v = f.victimIds();
    return v.size() == 2 && v.get(1).equals(v.get(0) + "-dup");
  }
}
