package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmLedgerCommandTest {
  @TempDir
  Path dir;

  @Test
  void help_listsSubcommandsAndGlobalOptions() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("ingest", "verify", "show", "--data=DIR", "--db=JDBC_URL");
  }

  @Test
  void version_isPrinted() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("harmledger ");
  }

  @Test
  void dataOption_beforeOrAfterSubcommand_choosesTheSameFolder() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "Shelling hit the bakery queue in the old town.");
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");

    assertThat(Cli.run("--data", before.toString(), "ingest", report.toString()).exit()).isZero();
    assertThat(Cli.run("ingest", report.toString(), "--data", after.toString()).exit()).isZero();

    assertThat(before.resolve("harmledger.db")).exists();
    assertThat(after.resolve("harmledger.db")).exists();
    assertThat(before.resolve("custody.anchor")).exists();
  }

  @Test
  void dbOption_choosesTheDatabase() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "A note.");
    Path db = dir.resolve("elsewhere.db");

    Cli.Result r = Cli.run("ingest", "--data", dir.resolve("d").toString(), "--db", "jdbc:sqlite:" + db, report.toString());

    assertThat(r.exit()).isZero();
    assertThat(db).exists();
    assertThat(dir.resolve("d/harmledger.db")).doesNotExist();
  }

  @Test
  void unknownSubcommand_isAUsageError() {
    Cli.Result r = Cli.run("frobnicate");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("frobnicate");
  }
}
