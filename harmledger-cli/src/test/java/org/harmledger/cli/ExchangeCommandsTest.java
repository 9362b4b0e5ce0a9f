package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and export from the command line: one-line errors, and a round trip through ACLED rows. */
class ExchangeCommandsTest {
  private static final String REPORT = "Published 2019-05-15. Syrian government artillery shelled the market of"
      + " Saraqib in Idlib province on 14 May 2019, killing eleven civilians, a monitoring group said.";

  @TempDir
  Path dir;

  @Test
  void exportThenImport_bringsTheIncidentsIntoAnotherLedger() throws Exception {
    Path a = dir.resolve("a");
    Cli.run("--data", a.toString(), "ingest", Files.writeString(dir.resolve("r.txt"), REPORT).toString());
    Path csv = dir.resolve("out.csv");

    Cli.Result exported = Cli.run("--data", a.toString(), "export", "--format", "acled", "--out", csv.toString());
    Cli.Result imported = Cli.run("--data", dir.resolve("b").toString(), "import", "acled", csv.toString());
    Cli.Result listed = Cli.run("--data", dir.resolve("b").toString(), "incidents", "--format", "csv");

    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("exported ").contains(" incidents to " + csv);
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("resolved ");
    assertThat(listed.out()).contains("2019-05-14", "Idlib");
  }

  @Test
  void badRow_isOneLineNamingFileAndLine() throws Exception {
    Path ged = Files.writeString(dir.resolve("ged.csv"), "id,side_a,where_prec,adm_1,latitude,longitude,country,"
        + "date_prec,date_start,date_end,best\n1,Government of Syria,9,Idlib,35.8,36.6,Syria,1,2019-05-14,2019-05-14,3\n");

    Cli.Result r = Cli.run("--data", dir.resolve("d").toString(), "import", "ucdp", ged.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("harmledger: " + ged + ":2: where_prec '9' is not 1..7");
  }

  @Test
  void unknownFormat_isOneLine() {
    Cli.Result r = Cli.run("--data", dir.resolve("d").toString(), "export", "--format", "kml", "--out",
        dir.resolve("x").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("harmledger: export: 'kml' is not an export format (acled, ucdp, geojson, jsonl)");
  }
}
