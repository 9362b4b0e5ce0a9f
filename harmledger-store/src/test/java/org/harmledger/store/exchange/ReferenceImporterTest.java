package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceImporterTest {
  private static final ReferenceVocabulary VOCABULARY = ReferenceVocabulary.loadDefault();
  private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
      + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,"
      + "geo_precision,source,source_scale,notes,fatalities,timestamp\n";

  @TempDir
  Path dir;

  @Test
  void acledRow_becomesAReportWithOneAssertion_andBadRowsFailOneLineEach() throws Exception {
    Path file = Files.writeString(dir.resolve("acled.csv"), ACLED_HEADER
        + "SYR1,18 January 2019,2019,1,Political violence,Explosions/Remote violence,Air/drone strike,"
        + "Military Forces of Russia (2000-),,8,Civilians (Syria),Syria,Idlib,Maarat al-Numan,,Maarat al-Numan,"
        + "35.64,36.67,1,SOHR,National,\"Strike on market, 12 killed\",12,1547856000\n"
        + "SYR2,yesterday,2019,1,,,Air/drone strike,Russia,,8,,Syria,Idlib,,,Ariha,35.8,36.6,1,,,,3,\n"
        + "SYR3,2019-01-20,2019,1,,,Protest with intervention,Police,,1,,Syria,Idlib,,,Ariha,35.8,36.6,1,,,,0,\n"
        + "SYR4,2019-01-20,2019,1,,,Armed clash,HTS,,2,,Narnia,Idlib,,,Ariha,35.8,36.6,1,,,,0,\n");
    Ledger ledger = LedgerFixture.open(dir.resolve("data"));

    IngestSummary s = new ReferenceImporter(ledger).importFile(file, new AcledFormat(VOCABULARY), "ana");

    assertThat(s.stored()).isEqualTo(1);
    assertThat(s.failures()).extracting(f -> f.message()).containsExactly(
        file + ":3: event_date 'yesterday' is not a date",
        file + ":4: sub_event_type 'Protest with intervention' has no Harm Ledger event type",
        file + ":5: country 'Narnia' is not in reference-datasets.json");
    ledger.incidents().resolveAll("ana");
    var incident = ledger.incidents().list(org.harmledger.store.incidents.IncidentFilter.all(), 0, 1).incidents().get(0);
    assertThat(incident.path("date").path("start").asText()).isEqualTo("2019-01-18");
    assertThat(incident.path("killed").path("best").asLong()).isEqualTo(12);
    assertThat(incident.path("place").path("country").asText()).isEqualTo("SY");
  }

  @Test
  void missingColumn_failsTheFileWithLineOne() throws Exception {
    Path file = Files.writeString(dir.resolve("ged.csv"), "id,year,side_a\n1,2019,Government of Syria\n");
    Ledger ledger = LedgerFixture.open(dir.resolve("data"));

    assertThatThrownBy(() -> new ReferenceImporter(ledger).importFile(file, new UcdpFormat(VOCABULARY), "ana"))
        .hasMessage(file + ":1: missing column where_prec");
  }

  @Test
  void ucdpRow_stripsAdminSuffixesAndMapsPrecision() throws Exception {
    Path file = Files.writeString(dir.resolve("ged.csv"), "id,year,type_of_violence,side_a,side_b,source_article,"
        + "where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,country,date_prec,date_start,date_end,"
        + "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n"
        + "77,2019,3,Government of Syria,Civilians,SANA,3,,Idlib governorate,Ariha district,35.8,36.6,Syria,2,"
        + "2019-05-13 00:00:00.000,2019-05-15 00:00:00.000,0,0,5,0,5,7,5\n");
    Ledger ledger = LedgerFixture.open(dir.resolve("data"));

    new ReferenceImporter(ledger).importFile(file, new UcdpFormat(VOCABULARY), "ana");
    ledger.incidents().resolveAll("ana");

    var i = ledger.incidents().list(org.harmledger.store.incidents.IncidentFilter.all(), 0, 1).incidents().get(0);
    assertThat(i.path("place").path("admin1").asText()).isEqualTo("Idlib");
    assertThat(i.path("place").path("name").asText()).isEqualTo("Ariha");
    assertThat(i.path("place").path("precision").asInt()).isEqualTo(3);
    assertThat(i.path("date").path("precision").asText()).isEqualTo("span");
    assertThat(i.path("date").path("end").asText()).isEqualTo("2019-05-15");
    assertThat(i.path("killed").path("best").asLong()).isEqualTo(5);
  }
}
