package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MainTest checks that every invocation of the command line releases its ledger: many commands,
 * failing ones included, run one after another in this JVM against PostgreSQL, and then the
 * server holds no connection of theirs and no connection pool thread is left running. The
 * ledger's URL carries an application name of its own, so connections of other tests sharing
 * the server are not counted.
 */
class MainTest {
  @TempDir
  Path dir;

  @Test
  void everyCommand_closesItsLedger_noConnectionOrPoolLeftOpen() throws Exception {
    Assumptions.assumeTrue(TestDatabases.postgres(), "connection pools exist on PostgreSQL only (the PostgreSQL pass runs this)");
    String application = "harmledger-main-test-" + UUID.randomUUID().toString().substring(0, 8);
    Path data = dir.resolve("data");
    String url = TestDatabases.freshPostgresUrl() + "&ApplicationName=" + application;
    TestDatabases.usePostgres(data, url);
    String d = data.toString();
    long poolThreadsBefore = poolThreads();

    List<Cli.Result> results = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      results.add(Cli.run("--data", d, "ingest", IncidentsCommandTest.EXAMPLES.resolve("reports").toString()));
      results.add(Cli.run("--data", d, "verify"));
      results.add(Cli.run("--data", d, "incidents"));
      results.add(Cli.run("--data", d, "incidents", "--format", "json"));
      results.add(Cli.run("--data", d, "reindex"));
      results.add(Cli.run("--data", d, "victims", "list"));
      results.add(Cli.run("--data", d, "curate"));
      results.add(Cli.run("--data", d, "backup", dir.resolve("backup-" + round).toString()));
      results.add(Cli.run("--data", d, "export", "--format", "acled", "--out", dir.resolve("x" + round + ".csv").toString()));
      // Failing commands must release the ledger too.
      results.add(Cli.run("--data", d, "show", "inc-0000000000000000"));
      results.add(Cli.run("--data", d, "show", "0123"));
    }

    assertThat(results.get(0).exit()).as(results.get(0).err()).isZero();
    assertThat(results.get(1).exit()).as(results.get(1).err()).isZero();
    assertThat(results.get(9).exit()).isEqualTo(1);
    assertThat(connectionsOf(application)).as("connections left open by " + results.size() + " commands").isZero();
    assertThat(poolThreads()).as("connection pool threads").isEqualTo(poolThreadsBefore);
  }

  /**
   * Connections the server still has for {@code application}. A closed pool's connections end at
   * once on the client; the server may take a moment to drop their sessions, so this waits up
   * to five seconds for them to go (a leaked pool keeps its idle connections for 10 s or more).
   */
  private static long connectionsOf(String application) throws SQLException, InterruptedException {
    long count = 0;
    for (int tries = 0; tries < 50; tries++) {
      try (Connection c = DriverManager.getConnection(System.getenv(TestDatabases.URL_ENV));
           PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
        s.setString(1, application);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          count = rs.getLong(1);
        }
      }
      if (count == 0) {
        return 0;
      }
      Thread.sleep(100);
    }
    return count;
  }

  private static long poolThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("harmledger housekeeper"))
        .count();
  }
}
