package org.harmledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;

/**
 * ChildCli runs the real command line in child JVMs (this test run's class path) and writes the
 * generated reports those runs ingest; tests use it to kill, race and restart whole processes.
 */
final class ChildCli {
  private static final String[] WORDS = ("shelling market village civilians killed wounded hospital rescue ministry "
      + "statement coalition forces airstrike drone school bakery checkpoint displaced families witnesses morning "
      + "night north south east west district town road bridge water power station council volunteers").split(" ");

  private ChildCli() {}

  /** The command that starts {@code harmledger ARGS...} in a new JVM, with extra JVM options first. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code harmledger ARGS...}; its stderr is appended to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    return new ProcessBuilder(command(List.of(), args))
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Writes report {@code i} (about 2 KB of words drawn by seed {@code i}, so no two are near duplicates) into {@code folder}. */
  static Path writeReport(Path folder, int i) throws IOException {
    Random random = new Random(i * 7919L + 1);
    StringBuilder text = new StringBuilder("Report " + i + ".");
    while (text.length() < 2000) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(9) == 0) {
        text.append(' ').append(random.nextInt(500));
      }
    }
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(String.format("r%05d.txt", i)), text);
  }

  /** The number {@code sql} counts in the ledger of {@code dataDir} (its properties file names the database). */
  static long count(Path dataDir, String sql) {
    try (Ledger ledger = Ledger.open(StorageConfig.resolve(dataDir, null, Map.of()), Wiring.clock())) {
      return ledger.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
  }
}
