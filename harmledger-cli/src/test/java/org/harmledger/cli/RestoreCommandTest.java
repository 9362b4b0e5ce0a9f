package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
  private static final int REPORTS = 6;

  @TempDir
  Path dir;

  private long entriesBackedUp;

  private Path backedUp(String... database) throws Exception {
    Path inbox = dir.resolve("inbox");
    for (int i = 0; i < REPORTS; i++) {
      ChildCli.writeReport(inbox, i);
    }
    Path data = dir.resolve("data");
    assertThat(Cli.run(with(database, "--data", data.toString(), "ingest", inbox.toString())).exit()).isZero();
    entriesBackedUp = ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries");
    assertThat(Cli.run(with(database, "--data", data.toString(), "backup", dir.resolve("b").toString())).exit())
        .isZero();
    return dir.resolve("b");
  }

  private static String[] with(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  @Test
  void restore_intoANewDataFolder_thenVerifyIsIntact() throws Exception {
    Path backup = backedUp();
    Path restored = dir.resolve("restored");

    Cli.Result r = Cli.run("--data", restored.toString(), "restore", backup.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).startsWith("restored " + REPORTS + " reports and ")
        .endsWith("the custody chain now has " + (entriesBackedUp + 1) + " entries");
    Cli.Result verify = Cli.run("--data", restored.toString(), "verify");
    assertThat(verify.out()).contains("checked " + REPORTS + " reports").contains("intact");
    assertThat(verify.exit()).isZero();
  }

  @Test
  void restore_ofASqliteLedger_intoPostgres_migratesTheLedger() throws Exception {
    Path backup = backedUp("--db", "jdbc:sqlite:" + dir.resolve("source.db"));
    String postgres = TestDatabases.freshPostgresUrl();
    Path restored = dir.resolve("on-postgres");

    Cli.Result r = Cli.run("--data", restored.toString(), "--db", postgres, "restore", backup.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    Cli.Result verify = Cli.run("--data", restored.toString(), "--db", postgres, "verify");
    assertThat(verify.out()).contains("checked " + REPORTS + " reports").contains("intact");
    assertThat(verify.exit()).isZero();
    assertThat(restored.resolve("harmledger.db")).doesNotExist();
  }

  @Test
  void restore_alteredBackup_isOneLineAndExitOne_andRestoresNothing() throws Exception {
    Path backup = backedUp();
    Files.writeString(backup.resolve("tables/custody_entries.jsonl"), "");

    Cli.Result r = Cli.run("--data", dir.resolve("restored").toString(), "restore", backup.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("harmledger: " + backup + ": tables/custody_entries.jsonl altered (expected sha ");
    assertThat(dir.resolve("restored/custody.anchor")).doesNotExist();
  }
}
