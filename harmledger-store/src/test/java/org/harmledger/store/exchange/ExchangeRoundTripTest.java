package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.store.incidents.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.incidents.IncidentFilter;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.incidents.Reports;
import org.harmledger.store.ingest.IngestSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports incidents as ACLED and UCDP rows and imports them into a fresh ledger: dates, places and figures survive. */
class ExchangeRoundTripTest {
  private static final ReferenceVocabulary VOCABULARY = ReferenceVocabulary.loadDefault();

  @TempDir
  Path dir;

  private Ledger source;

  @BeforeEach
  void resolveSource() {
    source = LedgerFixture.open(dir.resolve("source"));
    Reports.ingest(source,
        report("Levant Wire Service", "2019-01-19", "baghouz", "2019-01-18", 16, "us_led_coalition"),
        report("Euphrates Monitor", "2019-01-21", "baghouz", "2019-01-18", 20, "us_led_coalition"),
        report("Euphrates Monitor", "2019-07-23", "maarat", "2019-07-22", 12, "russia"),
        report("Tigris Daily", "2017-03-18", "mosul", "2017-03-17", 105, "us_led_coalition"));
    source.incidents().resolveAll(LedgerFixture.ACTOR);
  }

  /** Date, admin1, country, coordinates and best killed of every incident, in list order. */
  private static List<String> essentials(Ledger ledger) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : ledger.incidents().list(IncidentFilter.all(), 0, 100).incidents()) {
      out.add(i.path("date").path("start").asText() + ".." + i.path("date").path("end").asText() + " "
          + i.path("place").path("admin1").asText() + " " + i.path("place").path("country").asText() + " "
          + i.path("place").path("lat").asText() + "," + i.path("place").path("lon").asText() + " killed "
          + i.path("killed").path("best").asText());
    }
    return out;
  }

  private List<String> roundTrip(IncidentExporter.Format format, ReferenceFormat reader) {
    Path file = dir.resolve("incidents." + format.name().toLowerCase());
    int written = new IncidentExporter(source, VOCABULARY).export(format, file, LedgerFixture.ACTOR);
    Ledger fresh = LedgerFixture.open(dir.resolve("fresh-" + format));
    IngestSummary imported = new ReferenceImporter(fresh).importFile(file, reader, LedgerFixture.ACTOR);
    fresh.incidents().resolveAll(LedgerFixture.ACTOR);
    assertThat(written).isEqualTo(3);
    assertThat(imported.failures()).isEmpty();
    assertThat(imported.stored()).isEqualTo(3);
    return essentials(fresh);
  }

  @Test
  void acled_datesPlacesAndFiguresSurvive() {
    assertThat(roundTrip(IncidentExporter.Format.ACLED, new AcledFormat(VOCABULARY)))
        .containsExactlyElementsOf(essentials(source));
  }

  @Test
  void ucdp_datesPlacesAndFiguresSurvive() {
    assertThat(roundTrip(IncidentExporter.Format.UCDP, new UcdpFormat(VOCABULARY)))
        .containsExactlyElementsOf(essentials(source));
  }

  @Test
  void acled_importedRowsKeepPerpetratorAndPublisher() {
    Path file = dir.resolve("acled.csv");
    new IncidentExporter(source, VOCABULARY).export(IncidentExporter.Format.ACLED, file, LedgerFixture.ACTOR);
    Ledger fresh = LedgerFixture.open(dir.resolve("fresh"));
    new ReferenceImporter(fresh).importFile(file, new AcledFormat(VOCABULARY), LedgerFixture.ACTOR);
    fresh.incidents().resolveAll(LedgerFixture.ACTOR);

    JsonNode mosul = fresh.incidents().list(new IncidentFilter(null, null, null, "IQ", null, null, null, null), 0, 1)
        .incidents().get(0);
    assertThat(mosul.path("perpetrator").asText()).isEqualTo("us_led_coalition");
    assertThat(mosul.path("event_type").asText()).isEqualTo("airstrike");
    JsonNode full = fresh.incidents().find(mosul.path("id").asText()).orElseThrow();
    assertThat(full.path("sources").get(0).path("publisher").asText()).isEqualTo("ACLED");
    assertThat(full.path("sources").get(0).path("family").asText()).isEqualTo("acled");
  }

  @Test
  void reImport_storesNothingTwice_andTheFileIsKeptAsEvidence() throws Exception {
    Path file = dir.resolve("acled.csv");
    new IncidentExporter(source, VOCABULARY).export(IncidentExporter.Format.ACLED, file, LedgerFixture.ACTOR);
    Ledger fresh = LedgerFixture.open(dir.resolve("fresh"));
    ReferenceImporter importer = new ReferenceImporter(fresh);

    importer.importFile(file, new AcledFormat(VOCABULARY), LedgerFixture.ACTOR);
    IngestSummary again = importer.importFile(file, new AcledFormat(VOCABULARY), LedgerFixture.ACTOR);

    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(3);
    assertThat(fresh.evidence().read(org.harmledger.model.Sha256.of(Files.readAllBytes(file))))
        .isEqualTo(Files.readAllBytes(file));
    assertThat(fresh.verifier().verify(LedgerFixture.ACTOR).intact()).isTrue();
  }

  @Test
  void export_isACustodyEvent_andJsonFormatsHoldEveryIncident() throws Exception {
    Path jsonl = dir.resolve("incidents.jsonl");
    Path geojson = dir.resolve("incidents.geojson");
    IncidentExporter exporter = new IncidentExporter(source, VOCABULARY);

    exporter.export(IncidentExporter.Format.JSONL, jsonl, LedgerFixture.ACTOR);
    exporter.export(IncidentExporter.Format.GEOJSON, geojson, LedgerFixture.ACTOR);

    assertThat(Files.readAllLines(jsonl)).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"inc-"));
    JsonNode fc = new ObjectMapper().readTree(geojson.toFile());
    assertThat(fc.path("features")).hasSize(3);
    List<CustodyEntry> entries = source.database().jdbi()
        .withHandle(h -> source.custody().entriesFor(h, IncidentStore.SUBJECT));
    assertThat(entries).filteredOn(e -> e.action().equals("exported")).hasSize(2)
        .allSatisfy(e -> assertThat(e.details()).contains("\"incidents\":3", "\"sha256\":\""));
  }
}
