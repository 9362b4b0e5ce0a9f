package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.harmledger.model.Sha256;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  private static final String STORY = "Artillery shells hit the covered vegetable market of Maarat al-Numan on Tuesday"
      + " morning. Civil defence volunteers said eleven people were killed, among them three children, and at least"
      + " twenty-four were wounded. Residents blamed government forces positioned south of the town.";

  @TempDir
  Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private static String id(String text) {
    return Sha256.of(text.getBytes(StandardCharsets.UTF_8)).hex().substring(0, 12);
  }

  @Test
  void ingest_printsOneLinePerInputAndASummary() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), STORY);
    Path wire = Files.writeString(dir.resolve("wire.txt"), "Eleven killed in market shelling\n\n" + STORY
        + "\n\n(Reporting by our correspondent)");

    Cli.Result r = Cli.run("--data", data().toString(), "ingest", a.toString(), wire.toString(), a.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().limit(4)).containsExactly(
        "stored " + id(STORY) + " " + a,
        "republication " + id(Files.readString(wire)) + " " + wire,
        "duplicate " + id(STORY) + " " + a,
        "stored 2, duplicates 1, republications 1, failed 0");
    assertThat(r.out().lines().skip(4)).singleElement().asString()
        .matches("resolved \\d+ assertions into [1-9]\\d* incidents \\(0 curation decisions\\)");
  }

  @Test
  void ingest_addsStoredReportsToTheSearchIndex() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), STORY);

    assertThat(Cli.run("--data", data().toString(), "ingest", a.toString()).exit()).isZero();

    try (var searcher = org.harmledger.store.search.ReportSearcher.open(
        org.harmledger.store.search.ReportIndex.folderOf(data()))) {
      assertThat(searcher.search(org.harmledger.store.search.SearchQuery.of("\"vegetable market\"", 5)).hits())
          .extracting(h -> h.reportId().substring(0, 12)).containsExactly(id(STORY));
    }
  }

  @Test
  void ingest_failures_goToStderrOneLineEach_andExitIsOne() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

    Cli.Result r = Cli.run("ingest", "--data", data().toString(), good.toString(), empty.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("harmledger: " + empty + ": empty file");
    assertThat(r.out()).contains("stored 1, duplicates 0, republications 0, failed 1" + System.lineSeparator())
        .containsPattern("resolved \\d+ assertions into \\d+ incidents");
  }

  @Test
  void ingest_json_printsTheSummaryAsJson() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);
    Path missing = dir.resolve("missing.txt");

    Cli.Result r = Cli.run("ingest", "--json", "--data", data().toString(), good.toString(), missing.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().strip()).matches("\\{\"stored\":1,\"duplicates\":0,\"republications\":0,\"failed\":1,"
        + "\"failures\":\\[\\{\"source\":\"" + missing + "\",\"reason\":\"no such file or folder\"}],\"incidents\":[1-9]\\d*}");
  }

  @Test
  void ingest_unusableDataFolder_isOneLineAndExitOne() throws Exception {
    Path file = Files.writeString(dir.resolve("occupied"), "x");
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);

    Cli.Result r = Cli.run("ingest", "--data", file.toString(), good.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString().startsWith("harmledger: cannot create data folder " + file);
  }

  /**
   * Starts the real command line in a child JVM on a few hundred reports, kills it once it has
   * committed some, runs it again, and checks that every report is present once and the chain verifies.
   */
  @Test
  void ingest_killedMidway_reRunCompletesWithoutLossOrDuplicates() throws Exception {
    int count = 1500;
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    writeReports(inbox, count);
    TestDatabases.prepare(data());
    ProcessBuilder builder = new ProcessBuilder(javaCommand("--data", data().toString(), "ingest", inbox.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = builder.start();
    int linesBeforeKill = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      if (out.readLine() != null) {
        linesBeforeKill++;
      }
      child.destroyForcibly();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long storedBeforeRerun = reportCount();
    assertThat(linesBeforeKill).isEqualTo(1);
    assertThat(storedBeforeRerun).isBetween(1L, (long) count - 1);

    Cli.Result rerun = Cli.run("--data", data().toString(), "ingest", inbox.toString());

    assertThat(rerun.exit()).isZero();
    List<String> rerunLines = rerun.out().lines().toList();
    assertThat(rerunLines.get(rerunLines.size() - 1)).startsWith("resolved ");
    assertThat(rerunLines.get(rerunLines.size() - 2))
        .isEqualTo("stored " + (count - storedBeforeRerun) + ", duplicates " + storedBeforeRerun
            + ", republications 0, failed 0");
    assertThat(reportCount()).isEqualTo(count);
    Cli.Result verify = Cli.run("verify", "--data", data().toString());
    assertThat(verify.out()).contains("checked " + count + " reports").contains("intact");
    assertThat(verify.exit()).isZero();
  }

  private long reportCount() {
    try (var ledger = org.harmledger.store.Ledger.open(
        org.harmledger.store.StorageConfig.resolve(data(), null, java.util.Map.of()), Wiring.clock())) {
      return ledger.database().jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(DISTINCT id) FROM reports").mapTo(Long.class).one());
    }
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Distinct reports of about 2 KB: random words, so no two are near duplicates. */
  private static void writeReports(Path folder, int count) throws Exception {
    String[] words = ("shelling market village civilians killed wounded hospital rescue ministry statement "
        + "coalition forces airstrike drone school bakery checkpoint displaced families witnesses morning night "
        + "north south east west district town road bridge water power station council volunteers").split(" ");
    Random random = new Random(42);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("Report " + i + ".");
      while (text.length() < 2000) {
        text.append(' ').append(words[random.nextInt(words.length)]);
        if (random.nextInt(9) == 0) {
          text.append(' ').append(random.nextInt(500));
        }
      }
      Files.writeString(folder.resolve(String.format("r%04d.txt", i)), text);
    }
  }
}
