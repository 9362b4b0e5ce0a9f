package org.harmledger.bench.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;

/**
 * ExtractionThroughput is the speed benchmark of the extraction pipeline on one thread (so the
 * figure is per core): generated reports of about 2 KB, warm-up rounds, then the median of
 * several timed rounds, with heap in use after the run. Each round is timed twice: by the wall
 * clock and by the CPU time of the measuring thread (ThreadMXBean), which on a machine shared
 * with other work still says what one core does, since time the thread waits for a core is not
 * counted. Usage:
 * {@code ExtractionThroughput [--empty-dictionaries] [--reports N] [--rounds R]};
 * {@code --empty-dictionaries} measures the rule stages over an empty gazetteer and dictionary,
 * otherwise the bundled ones are used.
 */
public final class ExtractionThroughput {
  private static final int SIZE = 2048;
  private static final int WARMUP_ROUNDS = 3;

  private ExtractionThroughput() {}

  public static void main(String[] args) {
    List<String> a = Arrays.asList(args);
    boolean empty = a.contains("--empty-dictionaries");
    int reports = intOption(a, "--reports", 2000);
    int rounds = intOption(a, "--rounds", 5);
    Gazetteer gazetteer = empty ? new Gazetteer(List.of()) : Gazetteer.loadDefault();
    ActorDictionary actors = empty ? new ActorDictionary(List.of()) : ActorDictionary.loadDefault();
    ExtractionPipeline pipeline = ExtractionPipeline.create(gazetteer, actors);
    List<String> placeNames = gazetteer.places().stream().map(Place::name).limit(500).toList();
    List<String> actorNames = actors.actors().stream().map(Actor::name).limit(100).toList();
    List<String> texts = new ReportGenerator(placeNames, actorNames).generate(reports, SIZE, 42);
    ReportMetadata meta = new ReportMetadata("Strikes kill civilians", "Example News", null, LocalDate.of(2019, 1, 20),
        PublishedFrom.METADATA, "en", ReportKind.NEWS);
    long sink = 0;
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      sink += round(pipeline, texts, meta);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    threads.setThreadCpuTimeEnabled(true);
    List<Double> rates = new ArrayList<>();
    List<Double> cpuRates = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      sink += round(pipeline, texts, meta);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      rates.add(reports / seconds);
      cpuRates.add(reports / cpuSeconds);
      System.out.printf(Locale.ROOT, "round %d: %.0f reports/s wall, %.0f reports/s per CPU second (%.3f ms CPU per report)%n",
          i + 1, reports / seconds, reports / cpuSeconds, cpuSeconds * 1000 / reports);
    }
    rates.sort(Double::compare);
    cpuRates.sort(Double::compare);
    double cpuMedian = cpuRates.get(cpuRates.size() / 2);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    double avgChars = texts.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf(Locale.ROOT, "median: %.0f reports/s wall on one thread (%d reports of %.0f chars, %s)%n",
        rates.get(rates.size() / 2), reports, avgChars, empty ? "empty dictionaries" : "default dictionaries");
    System.out.printf(Locale.ROOT, "median: %.0f reports/s per CPU second of the thread (%.3f ms CPU per report)%n",
        cpuMedian, 1000 / cpuMedian);
    System.out.printf(Locale.ROOT, "heap in use after run: %d MB (max %d MB); assertions seen: %d%n", usedMb,
        rt.maxMemory() >> 20, sink);
  }

  private static long round(ExtractionPipeline pipeline, List<String> texts, ReportMetadata meta) {
    long assertions = 0;
    for (String t : texts) {
      assertions += pipeline.extract(t, meta).assertions().size();
    }
    return assertions;
  }

  private static int intOption(List<String> args, String name, int fallback) {
    int i = args.indexOf(name);
    if (i < 0) {
      return fallback;
    }
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a number");
    }
    try {
      return Integer.parseInt(args.get(i + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + args.get(i + 1) + "' is not a number", e);
    }
  }
}
