package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
  @TempDir
  Path dir;

  @Test
  void backup_writesTablesOriginalsAndManifest_andSaysWhat() throws Exception {
    Path data = dir.resolve("data");
    Path inbox = dir.resolve("inbox");
    for (int i = 0; i < 4; i++) {
      ChildCli.writeReport(inbox, i);
    }
    assertThat(Cli.run("--data", data.toString(), "ingest", inbox.toString()).exit()).isZero();
    long entries = ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries");

    Cli.Result r = Cli.run("--data", data.toString(), "backup", dir.resolve("b").toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).matches("backed up 4 reports, \\d+ tables and 4 originals to " + dir.resolve("b")
        + " \\(custody entry " + entries + "\\)");
    assertThat(dir.resolve("b/manifest.json")).exists();
    assertThat(Files.readAllLines(dir.resolve("b/tables/reports.jsonl"))).hasSize(4);
  }

  @Test
  void backup_intoAFolderInUse_isOneLineAndExitOne() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/notes.txt"), "mine");

    Cli.Result r = Cli.run("--data", data.toString(), "backup", dir.resolve("b").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("harmledger: " + dir.resolve("b") + ": backup folder is not empty");
  }
}
