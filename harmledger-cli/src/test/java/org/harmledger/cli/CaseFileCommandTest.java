package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileCommandTest {
  private static final String STORY = "Artillery shells hit the covered vegetable market of Maarat al-Numan on Tuesday"
      + " morning. Civil defence volunteers said eleven people were killed, among them three children, and at least"
      + " twenty-four were wounded. Residents blamed government forces positioned south of the town.";
  private static final String PLANTED = "Nawwarqa";

  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private Incident ingestOne() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), STORY);
    assertThat(Cli.run("--data", data(), "ingest", report.toString()).exit()).isZero();
    Ledger ledger = Ledger.open(StorageConfig.resolve(dir.resolve("data"), null, java.util.Map.of()), Clock.systemUTC());
    return ledger.incidents().current().incidents().stream()
        .filter(i -> !i.figures().isEmpty()).findFirst().orElseThrow();
  }

  @Test
  void exportCasefile_thenVerifyBundle_intact_thenTampered_exitOneNamingTheFile() throws Exception {
    Incident incident = ingestOne();
    Cli.run("--data", data(), "victims", "add", "--id", "v-1", "--given", PLANTED, "--status", "civilian",
        "--outcome", "killed", "--incident", incident.id(), "--reason", "hospital list");
    Path out = dir.resolve("case");

    Cli.Result export = Cli.run("--data", data(), "export", "casefile", "--incident", incident.id(),
        "--out", out.toString());

    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).startsWith("wrote case file " + out + ": 1 incidents, 1 reports, 1 victims, ");
    Cli.Result ok = Cli.run("verify-bundle", out.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("files: intact");

    Files.writeString(out.resolve("incidents.json"), "[]");
    Cli.Result bad = Cli.run("verify-bundle", out.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("incidents.json: does not match the manifest").contains("1 findings");
  }

  @Test
  void exportCasefile_zip_publicByDefault_personalDataOnlyWithFlag() throws Exception {
    Incident incident = ingestOne();
    Cli.run("--data", data(), "victims", "add", "--id", "v-1", "--given", PLANTED, "--status", "civilian",
        "--outcome", "killed", "--incident", incident.id(), "--reason", "hospital list");
    Path open = dir.resolve("open.zip");
    Path personal = dir.resolve("personal.zip");

    assertThat(Cli.run("--data", data(), "export", "casefile", "--incident", incident.id(), "--out",
        open.toString()).exit()).isZero();
    Cli.Result withNames = Cli.run("--data", data(), "export", "casefile", "--incident", incident.id(),
        "--include-personal-data", "--out", personal.toString());

    assertThat(withNames.out()).contains("personal data included");
    assertThat(Cli.run("verify-bundle", open.toString()).exit()).isZero();
    assertThat(Cli.run("verify-bundle", personal.toString()).exit()).isZero();
    assertThat(Zips.text(open)).doesNotContain(PLANTED);
    assertThat(Zips.text(personal)).contains(PLANTED);
  }

  @Test
  void exportCasefile_unknownIncident_oneLine() throws Exception {
    ingestOne();

    Cli.Result r = Cli.run("--data", data(), "export", "casefile", "--incident", "inc-x", "--out",
        dir.resolve("c").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("harmledger: incident inc-x: no such incident in the ledger");
  }

  @Test
  void export_withoutFormatOrSubcommand_saysWhatIsNeeded() {
    Cli.Result r = Cli.run("--data", data(), "export");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "harmledger: export: --format and --out are required (or 'export casefile' for a case file)");
  }
}
