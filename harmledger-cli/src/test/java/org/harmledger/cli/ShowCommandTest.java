package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  private static final String TEXT = "Twenty civilians were killed in al-Baghouz Foqani, the ministry said.";

  @TempDir
  Path dir;

  @Test
  void show_byPrefix_printsMetadataCustodyAndText() throws Exception {
    Path data = dir.resolve("data");
    Path report = Files.writeString(dir.resolve("letter.txt"), TEXT);
    Cli.run("--data", data.toString(), "ingest", report.toString());
    String id = Sha256.of(TEXT.getBytes(StandardCharsets.UTF_8)).hex();

    Cli.Result r = Cli.run("show", id.substring(0, 8), "--data", data.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("report " + id)
        .contains("original:    " + report)
        .contains("size:        " + TEXT.length() + " bytes")
        .containsPattern("assertions:  [1-9]")
        .contains(" received by cli:")
        .contains(" extracted by cli:")
        .endsWith("text:" + System.lineSeparator() + TEXT + System.lineSeparator());
  }

  @Test
  void show_unknownOrShortId_isOneLineAndExitOne() {
    Path data = dir.resolve("data");

    Cli.Result unknown = Cli.run("--data", data.toString(), "show", "0123456789");
    Cli.Result shortId = Cli.run("--data", data.toString(), "show", "0123");

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err().strip()).isEqualTo("harmledger: show: no report with id 0123456789");
    assertThat(shortId.err().strip()).isEqualTo("harmledger: show: report id prefix '0123' is shorter than 8 characters");
  }
}
