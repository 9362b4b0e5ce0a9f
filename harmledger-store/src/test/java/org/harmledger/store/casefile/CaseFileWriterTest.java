package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmledger.model.Sha256;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileWriterTest {
  @TempDir
  Path dir;

  private static String read(Path bundle, String file) throws Exception {
    return Files.readString(bundle.resolve(file), StandardCharsets.UTF_8);
  }

  private static String all(Path bundle) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(bundle)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        sb.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /** The text of summary.pdf, read back with PDFBox, with its line breaks read as spaces. */
  private static String pdfText(Path bundle) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bundle.resolve("summary.pdf").toFile())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  @Test
  void write_incident_originalsByteForByte_manifestCoversEveryFile_exportLogged() throws Exception {
    CaseLedger c = new CaseLedger(dir.resolve("data"));
    Path bundle = dir.resolve("case");

    CaseFileResult result = c.writer().write(CaseSelection.incident(c.incident.id()), false, "cli:tester", bundle);

    List<String> reports = c.incident.assertionIds().stream().map(a -> a.substring(0, 64)).distinct().toList();
    for (String report : reports) {
      assertThat(Files.readAllBytes(bundle.resolve("evidence/" + report)))
          .isEqualTo(c.ledger.evidence().read(new Sha256(report)));
    }
    Manifest manifest = Manifest.parse(Files.readAllBytes(bundle.resolve(Manifest.FILE)));
    assertThat(manifest.files()).extracting(BundleFile::path).contains("incidents.json", "victims.json",
        "summary.md", "summary.html", "summary.pdf", CustodyExtract.ENTRIES, CustodyExtract.CHAIN);
    assertThat(manifest.files()).hasSize(result.files() - 1);
    assertThat(result.reports()).isEqualTo(reports.size());
    assertThat(read(bundle, "incidents.json")).contains("\"grade\"").contains("\"explanation\"")
        .contains(c.incident.id()).contains("named 1 of");
    assertThat(read(bundle, "summary.md")).contains("## Incident " + c.incident.id()).contains("grade: ");
    String pdf = pdfText(bundle);
    assertThat(pdf).contains("Incident " + c.incident.id()).contains("grade: ").contains("victims: named 1 of");
    for (String report : reports) {
      assertThat(pdf).contains("(evidence/" + report + ")");
    }
    assertThat(read(bundle, "custody/entries.jsonl")).contains("\"received\"").contains("victim:v-1");
    CustodyEntry export = c.ledger.database().jdbi().withHandle(h -> c.ledger.custody().entriesFor(h, "casefile"))
        .get(0);
    assertThat(export.action()).isEqualTo("exported");
    assertThat(export.details()).contains("casefile.exported").contains(result.manifestSha256().hex());
    assertThat(new BundleVerifier().verify(bundle).intact()).isTrue();
    assertThat(c.ledger.verifier().verify(LedgerFixture.ACTOR).intact()).isTrue();
  }

  @Test
  void write_withoutPersonalData_noPlantedNameAnywhere_withIt_namesAndAPersonalDataExportEntry() throws Exception {
    CaseLedger c = new CaseLedger(dir.resolve("data"));
    Path open = dir.resolve("public");
    Path personal = dir.resolve("personal");

    c.writer().write(CaseSelection.incident(c.incident.id()), false, "cli:tester", open);
    c.writer().write(CaseSelection.incident(c.incident.id()), true, "cli:tester", personal);

    assertThat(all(open)).doesNotContain(CaseLedger.GIVEN).doesNotContain(CaseLedger.FAMILY)
        .doesNotContain(CaseLedger.ARABIC);
    assertThat(read(personal, "victims.json")).contains(CaseLedger.GIVEN).contains(CaseLedger.ARABIC);
    assertThat(read(personal, "summary.html")).contains(CaseLedger.FAMILY);
    assertThat(pdfText(open)).doesNotContain(CaseLedger.GIVEN).doesNotContain(CaseLedger.FAMILY);
    assertThat(pdfText(personal)).contains(CaseLedger.GIVEN + " " + CaseLedger.FAMILY)
        .contains(SummaryPdf.ARABIC_OMITTED).doesNotContain(CaseLedger.ARABIC);
    List<CustodyEntry> exports = c.ledger.database().jdbi().withHandle(
        h -> c.ledger.custody().entriesFor(h, "casefile"));
    assertThat(exports).extracting(CustodyEntry::details)
        .anySatisfy(d -> assertThat(d).contains("casefile.personal_data_exported").contains("\"personal_data\":true"));
  }

  @Test
  void write_zip_verifiesIntact() throws Exception {
    CaseLedger c = new CaseLedger(dir.resolve("data"));
    String perpetrator = c.incident.attribution().perpetrator();
    CaseSelection selection = perpetrator == null ? CaseSelection.incident(c.incident.id())
        : CaseSelection.perpetrator(perpetrator);
    Path zip = dir.resolve("out/case.zip");

    CaseFileResult result = c.writer().write(selection, false, "cli:tester", zip);

    assertThat(Files.isRegularFile(zip)).isTrue();
    BundleCheck check = new BundleVerifier().verify(zip);
    assertThat(check.findings()).isEmpty();
    assertThat(check.manifestSha256()).isEqualTo(result.manifestSha256());
  }

  @Test
  void write_unknownIncidentOrExistingTarget_refusedWithReason() throws Exception {
    CaseLedger c = new CaseLedger(dir.resolve("data"));
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("x.txt"), "x");

    assertThatThrownBy(() -> c.writer().write(CaseSelection.incident("nope"), false, "a", dir.resolve("n")))
        .hasMessage("incident nope: no such incident in the ledger");
    assertThatThrownBy(() -> c.writer().write(CaseSelection.incident(c.incident.id()), false, "a", taken))
        .hasMessageContaining("not empty");
  }
}
