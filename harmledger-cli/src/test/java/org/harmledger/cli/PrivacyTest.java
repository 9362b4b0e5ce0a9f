package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PrivacyTest plants names and contacts in victims and claimants, then greps every public output
 * for them: the redress listings, duplicates, batch report and flags, case files without personal
 * data, {@code show} of the incident, {@code incidents} in every format, every dataset export, and
 * the custody log that case files carry.
 */
class PrivacyTest {
  private static final String STORY = "Artillery shells hit the covered vegetable market of Maarat al-Numan on Tuesday"
      + " morning. Civil defence volunteers said eleven people were killed, among them three children, and at least"
      + " twenty-four were wounded. Residents blamed government forces positioned south of the town.";
  private static final List<String> PLANTED = List.of("Yusrakhan", "Bilqadiri", "قمرزاد", "Abu Zanbaq",
      "Thurayyan", "+963 944 123 456", "thurayyan@example.org", "7 Jasmine Lane");

  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data", data()));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  @Test
  void publicOutputs_holdNoPlantedNameOrContact() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), STORY);
    run("ingest", report.toString());
    Ledger ledger = Ledger.open(StorageConfig.resolve(dir.resolve("data"), null, java.util.Map.of()), Clock.systemUTC());
    Incident incident = ledger.incidents().current().incidents().stream()
        .filter(i -> !i.figures().isEmpty()).findFirst().orElseThrow();
    Path csv = Files.writeString(dir.resolve("v.csv"), "id,given_name,family_name,arabic_name,aliases,status,outcome,"
        + "incident_id\nv-1,Yusrakhan,Bilqadiri,قمرزاد,Abu Zanbaq,civilian,killed," + incident.id() + "\n"
        + "v-2,Yusrakhan,Bilqadiri,,,civilian,killed," + incident.id() + "\n");
    run("victims", "import", csv.toString());
    run("claims", "claimant", "--id", "c-1", "--given", "Thurayyan", "--phone", "+963 944 123 456",
        "--email", "thurayyan@example.org", "--address", "7 Jasmine Lane", "--relation", "v-1=parent",
        "--relation", "v-2=parent");
    run("claims", "submit", "--id", "cl-1", "--claimant", "c-1", "--incident", incident.id(), "--category",
        "death", "--victim", "v-1");
    run("claims", "submit", "--id", "cl-2", "--claimant", "c-1", "--incident", incident.id(), "--category",
        "death", "--victim", "v-2");
    Path batchReport = dir.resolve("batch.txt");
    Path folder = dir.resolve("case");
    Path zip = dir.resolve("case.zip");

    StringBuilder outputs = new StringBuilder();
    outputs.append(run("victims", "list").out());
    outputs.append(run("victims", "list", "--incident", incident.id()).out());
    outputs.append(run("victims", "duplicates").out());
    outputs.append(run("claims", "list").out());
    outputs.append(run("claims", "batch", "--out", batchReport.toString()).out());
    outputs.append(Files.readString(batchReport));
    outputs.append(run("claims", "flags").out());
    outputs.append(run("export", "casefile", "--incident", incident.id(), "--out", folder.toString()).out());
    outputs.append(run("export", "casefile", "--incident", incident.id(), "--out", zip.toString()).out());
    outputs.append(run("verify-bundle", folder.toString()).out());
    outputs.append(run("show", incident.id()).out());
    for (String format : List.of("table", "json", "csv", "geojson")) {
      outputs.append(run("incidents", "--format", format).out());
    }
    for (String format : List.of("acled", "ucdp", "geojson", "jsonl")) {
      Path file = dir.resolve("export." + format);
      run("export", "--format", format, "--out", file.toString());
      outputs.append(Files.readString(file, StandardCharsets.UTF_8));
    }
    outputs.append(Zips.text(zip));
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        outputs.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    // The PDF's streams are compressed: read its text back, or a planted name inside would go unseen.
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("summary.pdf").toFile())) {
      String pdfText = new PDFTextStripper().getText(pdf);
      assertThat(pdfText).contains(incident.id());
      outputs.append(pdfText.replaceAll("\\s+", " "));
    }
    ledger.database().jdbi().useHandle(h -> ledger.custody().forEach(h, e -> outputs.append(e.details())));

    assertThat(outputs).contains("v-1", "cl-1", "likely_duplicate_victims");
    for (String planted : PLANTED) {
      assertThat(outputs.toString()).doesNotContain(planted);
    }
    assertThat(run("victims", "list", "--names").out()).contains("Yusrakhan");
  }
}
