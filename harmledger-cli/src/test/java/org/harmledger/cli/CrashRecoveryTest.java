package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code harmledger ingest} with SIGKILL at random points, again and again, restarting it
 * each time: every round must resume where the last one stopped, and in the end every report is
 * stored once, extracted once, and the custody chain verifies.
 */
class CrashRecoveryTest {
  private static final int REPORTS = 1200;
  private static final int KILLS = 4;

  @TempDir
  Path dir;

  @Test
  void ingestKilledRepeatedlyAtRandomPoints_resumesEachTime_endsCompleteAndIntact() throws Exception {
    Path data = dir.resolve("data");
    Path inbox = dir.resolve("inbox");
    for (int i = 0; i < REPORTS; i++) {
      ChildCli.writeReport(inbox, i);
    }
    TestDatabases.prepare(data);
    Random random = new Random();
    long before = 0;
    for (int round = 0; round < KILLS; round++) {
      Process child = ChildCli.start(dir.resolve("stderr.log"), "--data", data.toString(), "ingest", inbox.toString());
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        // Lines are printed as batches commit; once a new report is in, die at a random later point.
        String line = out.readLine();
        while (line != null && !line.startsWith("stored ")) {
          line = out.readLine();
        }
        assertThat(line).as("round %d stored nothing new before it ended", round).isNotNull();
        Thread.sleep(random.nextInt(1500));
        child.destroyForcibly();
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      long after = ChildCli.count(data, "SELECT COUNT(*) FROM reports");
      if (after == REPORTS) {
        break;
      }
      assertThat(after).as("reports after round %d", round).isGreaterThan(before);
      before = after;
    }

    Cli.Result last = Cli.run("--data", data.toString(), "ingest", inbox.toString());

    assertThat(last.exit()).isZero();
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM reports")).isEqualTo(REPORTS);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM extraction_runs")).isEqualTo(REPORTS);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries WHERE action = 'extracted'"))
        .isEqualTo(REPORTS);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries WHERE action = 'received' "
        + "AND details NOT LIKE '%\"duplicate\":true%'")).isEqualTo(REPORTS);
    Cli.Result verify = Cli.run("verify", "--data", data.toString());
    assertThat(verify.out()).contains("checked " + REPORTS + " reports").contains("intact");
    assertThat(verify.exit()).isZero();
  }
}
