package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleCommandTest {
  @TempDir
  Path dir;

  @Test
  void verifyBundle_everyFindingOnItsLine_exitOne() throws Exception {
    String data = dir.resolve("data").toString();
    Cli.run("--data", data, "ingest", Files.writeString(dir.resolve("r.txt"),
        "Artillery shells hit the market of Maarat al-Numan on Tuesday. Eleven people were killed.").toString());
    String id = Cli.run("--data", data, "incidents", "--format", "csv").out().lines().skip(1).findFirst()
        .orElseThrow().split(",")[0];
    Path bundle = dir.resolve("case");
    assertThat(Cli.run("--data", data, "export", "casefile", "--incident", id, "--out", bundle.toString()).exit())
        .isZero();
    Files.delete(bundle.resolve("victims.json"));
    Files.writeString(bundle.resolve("note.txt"), "added later");

    Cli.Result r = Cli.run("verify-bundle", bundle.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines()).contains("victims.json: missing", "note.txt: extra file (not in the manifest)")
        .anyMatch(l -> l.startsWith("manifest sha256 "))
        .last().asString().matches("checked \\d+ files: 2 findings");
  }

  @Test
  void verifyBundle_missingPath_oneLine() {
    Cli.Result r = Cli.run("verify-bundle", dir.resolve("nothing").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("harmledger: " + dir.resolve("nothing") + ": cannot read the bundle: ");
  }
}
