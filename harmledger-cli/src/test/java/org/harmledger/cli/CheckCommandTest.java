package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact-checks hand-made reports against a ledger of two reports about one market shelling. */
class CheckCommandTest {
  private static final String MONITOR = "Published 2019-05-15. Syrian government artillery shelled the market of"
      + " Saraqib in Idlib province on 14 May 2019, killing eleven civilians, a monitoring group said.";
  private static final String WIRE = "Published 2019-05-15. Eleven civilians were killed on 14 May 2019 when"
      + " government forces shelled the market in Saraqib, Idlib province, rescuers told reporters.";

  @TempDir
  static Path dir;

  static Path data;

  @BeforeAll
  static void ingest() throws Exception {
    data = dir.resolve("data");
    Path a = Files.writeString(dir.resolve("monitor.txt"), MONITOR);
    Path b = Files.writeString(dir.resolve("wire.txt"), WIRE);
    Cli.Result r = Cli.run("--data", data.toString(), "ingest", a.toString(), b.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static JsonNode check(String name, String text) throws Exception {
    Path file = Files.writeString(dir.resolve(name), text);
    Cli.Result r = Cli.run("--data", data.toString(), "check", file.toString(), "--json", "--published", "2019-05-16");
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).path("checks");
  }

  @Test
  void sameEvent_isCorroborated() throws Exception {
    JsonNode checks = check("same.txt", "Government shelling killed eleven civilians in the market of Saraqib,"
        + " Idlib province, on 14 May 2019, a local doctor said.");

    assertThat(checks.findValuesAsText("verdict")).contains("corroborated");
  }

  @Test
  void eventTheLedgerLacks_isNoMatch() throws Exception {
    JsonNode checks = check("other.txt", "An airstrike killed four civilians in Mosul, Nineveh province, on"
        + " 2 March 2017, residents said.");

    assertThat(checks.findValuesAsText("verdict")).containsOnly("no_match");
  }

  @Test
  void otherFigure_disagreesAndSaysWhy() throws Exception {
    JsonNode checks = check("figure.txt", "Government shelling killed ninety civilians in the market of Saraqib,"
        + " Idlib province, on 14 May 2019, a local doctor said.");

    assertThat(checks.findValuesAsText("verdict")).contains("disagrees");
    assertThat(checks.toString()).contains("figure outside the known range");
  }

  @Test
  void text_printsOneLinePerAssertionWithReasons() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "Government shelling killed eleven civilians in the"
        + " market of Saraqib, Idlib province, on 14 May 2019, a local doctor said.");

    Cli.Result r = Cli.run("--data", data.toString(), "check", file.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith(file + ": ").contains("  corroborated inc-", "    matches incident inc-");
  }

  @Test
  void missingFile_isOneLineAndExitOne() {
    Cli.Result r = Cli.run("--data", data.toString(), "check", dir.resolve("nope.txt").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("harmledger: " + dir.resolve("nope.txt") + ": no such file or folder");
  }
}
