package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir
  Path dir;

  @Test
  void verify_intact_exitZero_thenTampered_exitOneWithFinding() throws Exception {
    Path data = dir.resolve("data");
    Path report = Files.writeString(dir.resolve("r.txt"), "Twenty civilians were killed in al-Baghouz Foqani.");
    assertThat(Cli.run("--data", data.toString(), "ingest", report.toString()).exit()).isZero();

    // received, extracted, and the "resolved" entry of the resolution that ends the ingest
    Cli.Result intact = Cli.run("verify", "--data", data.toString());

    assertThat(intact.exit()).isZero();
    assertThat(intact.out().strip()).isEqualTo("checked 1 reports and 3 custody entries: intact");

    try (var files = Files.walk(data.resolve("evidence"))) {
      Path original = files.filter(Files::isRegularFile).findFirst().orElseThrow();
      original.toFile().setWritable(true);
      Files.writeString(original, "Twenty civilians were killed in al-Baghouz Tahtani.");
    }

    Cli.Result tampered = Cli.run("--data", data.toString(), "verify");

    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains(": original altered (expected sha ")
        .contains("checked 1 reports and 4 custody entries: 1 findings");
  }
}
