package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the work that decides rather than stores, with SIGKILL at random points, and restarts it:
 * incident resolution (at the end of an ingest), a curator's decision (which re-resolves), and a
 * claims batch. After every kill the custody chain verifies and the database is consistent (the
 * stored incidents are what resolving the stored assertions and decisions gives; the claim flags
 * are what a new batch gives); the re-run then completes, and no decision whose command finished,
 * or whose transaction committed before the kill, is lost or recorded twice. Bounded: six kills.
 */
class DecisionCrashLoopTest {
  private static final int ROUNDS = 6;

  @TempDir
  Path dir;

  @Test
  void resolutionCurationAndClaimBatches_killedAtRandomPoints_resumeConsistentAndIntact() throws Exception {
    Path data = dir.resolve("data");
    String d = data.toString();
    TestDatabases.prepare(data);
    assertThat(Cli.run("--data", d, "ingest", IncidentsCommandTest.EXAMPLES.resolve("reports").toString()).exit())
        .isZero();
    String incident = firstIncident(d);
    assertThat(Cli.run("--data", d, "victims", "add", "--id", "v-1", "--status", "civilian", "--outcome", "killed",
        "--incident", incident, "--reason", "hospital list").exit()).isZero();
    Path doc = Files.writeString(dir.resolve("certificate.txt"), "death certificate");
    assertThat(Cli.run("--data", d, "claims", "claimant", "--id", "c-1", "--given", "Salwa",
        "--relation", "v-1=sibling").exit()).isZero();
    assertThat(Cli.run("--data", d, "claims", "submit", "--id", "cl-1", "--claimant", "c-1", "--incident", incident,
        "--category", "death", "--victim", "v-1", "--document", doc.toString()).exit()).isZero();

    long reports = count(data, "SELECT COUNT(*) FROM reports");
    Random random = new Random();
    long decisions = count(data, "SELECT COUNT(*) FROM curation_decisions");
    long batches = batchRuns(data);
    for (int round = 0; round < ROUNDS; round++) {
      String[] work = switch (round % 3) {
        case 0 -> new String[] {"ingest", ChildCli.writeReport(dir.resolve("inbox-" + round), round).toString()};
        case 1 -> new String[] {"curate", "grade", incident, round % 2 == 0 ? "weak" : "contested",
            "--reason", "round " + round};
        default -> new String[] {"claims", "batch", "--out", dir.resolve("batch-" + round + ".txt").toString()};
      };
      String[] args = new String[work.length + 2];
      args[0] = "--data";
      args[1] = d;
      System.arraycopy(work, 0, args, 2, work.length);

      Process child = ChildCli.start(dir.resolve("stderr.log"), args);
      // JVM start-up takes about a second: kills land before, during and after the work.
      Thread.sleep(300 + random.nextInt(2_500));
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertIntact(d, round);
      if (round % 3 != 0) {
        // A decision re-resolves in its own transaction; an ingest resolves after its reports commit, so
        // only its re-run must leave the incidents resolved.
        assertIncidentsAreAResolution(data, round);
      }
      long decisionsAfterKill = count(data, "SELECT COUNT(*) FROM curation_decisions");
      long batchesAfterKill = batchRuns(data);
      assertThat(decisionsAfterKill).as("decisions after kill %d", round).isBetween(decisions, decisions + 1);
      assertThat(batchesAfterKill).as("batch runs after kill %d", round).isBetween(batches, batches + 1);

      Cli.Result resumed = Cli.run(args);
      assertThat(resumed.exit()).as("re-run of round %d: %s", round, resumed.err()).isZero();
      assertIntact(d, round);
      assertIncidentsAreAResolution(data, round);
      if (round % 3 == 1) {
        long committedBeforeKill = decisionsAfterKill - decisions;
        decisions = decisionsAfterKill + 1;
        assertThat(count(data, "SELECT COUNT(*) FROM curation_decisions WHERE reason = 'round " + round + "'"))
            .as("decisions of round %d", round).isEqualTo(committedBeforeKill + 1);
      } else if (round % 3 == 2) {
        batches = batchesAfterKill + 1;
        String flags = Cli.run("--data", d, "claims", "flags").out();
        assertThat(Cli.run("--data", d, "claims", "batch").exit()).isZero();
        batches++;
        assertThat(Cli.run("--data", d, "claims", "flags").out()).as("flags after round %d", round).isEqualTo(flags);
      }
      assertThat(count(data, "SELECT COUNT(*) FROM curation_decisions")).isEqualTo(decisions);
      assertThat(batchRuns(data)).isEqualTo(batches);
    }
    assertThat(count(data, "SELECT COUNT(*) FROM reports")).as("one new report per ingest round")
        .isEqualTo(reports + (ROUNDS + 2) / 3);
  }

  private static void assertIntact(String data, int round) {
    Cli.Result verify = Cli.run("--data", data, "verify");
    assertThat(verify.out()).as("verify after round %d", round).contains("intact");
    assertThat(verify.exit()).isZero();
  }

  /** The stored incidents are exactly those a new resolution of the stored assertions and decisions gives. */
  private static void assertIncidentsAreAResolution(Path data, int round) {
    try (Ledger ledger = Ledger.open(StorageConfig.resolve(data, null, Map.of()), Clock.systemUTC())) {
      String stored = incidents(ledger);
      ledger.incidents().resolveAll("test:check");
      assertThat(stored).as("incidents after round %d", round).isEqualTo(incidents(ledger));
    }
  }

  private static String incidents(Ledger ledger) {
    return ledger.database().jdbi().withHandle(h -> h.createQuery(
            "SELECT id, incident_json FROM incidents ORDER BY id")
        .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2))
        .list()).stream().collect(Collectors.joining("\n"));
  }

  private static String firstIncident(String data) {
    List<String> lines = Cli.run("--data", data, "incidents").out().lines().filter(l -> l.startsWith("inc-")).toList();
    assertThat(lines).isNotEmpty();
    return lines.get(0).split("\\s+")[0];
  }

  private static long batchRuns(Path data) {
    return count(data, "SELECT COUNT(*) FROM custody_entries WHERE details LIKE '%claims.batch_run%'");
  }

  private static long count(Path data, String sql) {
    return ChildCli.count(data, sql);
  }
}
