package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.PairScore;
import org.harmledger.resolve.ReportPairs;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the example reports once (real extraction and resolution) and lists what came out. */
class IncidentsCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  static Path data;

  @BeforeAll
  static void ingestExamples() {
    data = dir.resolve("data");
    Cli.Result r = Cli.run("--data", data.toString(), "ingest", EXAMPLES.resolve("reports").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("resolved \\d+ assertions into \\d+ incidents");
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--data", data.toString(), "incidents", "--format", "json"));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void table_listsIncidentsWithACountLine() {
    Cli.Result r = Cli.run("--data", data.toString(), "incidents", "--admin1", "Deir ez-Zor", "--event-type",
        "airstrike");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("id ").contains("al-Baghouz Foqani").containsPattern("\\d+ of \\d+ incidents");
  }

  @Test
  void filters_narrowTheList() throws Exception {
    long all = json().path("total").asLong();
    JsonNode idlib = json("--admin1", "idlib", "--from", "2019-07-01", "--to", "2019-07-31");
    JsonNode heavy = json("--min-killed", "30");
    JsonNode byRussia = json("--perpetrator", "russia");

    assertThat(idlib.path("total").asLong()).isPositive().isLessThan(all);
    idlib.path("incidents").forEach(i -> {
      assertThat(i.path("place").path("admin1").asText()).isEqualTo("Idlib");
      assertThat(i.path("date").path("start").asText()).startsWith("2019-07");
    });
    heavy.path("incidents").forEach(i -> assertThat(i.path("killed").path("best").asLong()).isGreaterThanOrEqualTo(30));
    assertThat(heavy.path("total").asLong()).isPositive();
    byRussia.path("incidents").forEach(i -> assertThat(i.path("perpetrator").asText()).isEqualTo("russia"));
    assertThat(json("--grade", "discounted").path("total").asLong()).isZero();
    assertThat(json("--limit", "2").path("incidents")).hasSize(2);
  }

  @Test
  void csv_hasAHeaderAndOneRowPerIncident() {
    Cli.Result r = Cli.run("--data", data.toString(), "incidents", "--format", "csv", "--country", "SY");

    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("id,event_type,date_start,date_end");
    assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("inc-"));
  }

  @Test
  void geojson_isAFeatureCollectionOfPoints() throws Exception {
    Cli.Result r = Cli.run("--data", data.toString(), "incidents", "--format", "geojson", "--admin1", "Idlib");

    JsonNode fc = JSON.readTree(r.out());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    JsonNode point = fc.path("features").get(0).path("geometry");
    assertThat(point.path("type").asText()).isEqualTo("Point");
    assertThat(point.path("coordinates").get(0).asDouble()).isBetween(35.0, 37.5);
    assertThat(point.path("coordinates").get(1).asDouble()).isBetween(35.0, 36.5);
  }

  @Test
  void badFilter_isOneLineNamingTheOption() {
    Cli.Result r = Cli.run("--data", data.toString(), "incidents", "--from", "yesterday");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("harmledger: incidents: --from 'yesterday' is not a date (expected YYYY-MM-DD)");
  }

  @Test
  void show_incident_printsSourcesFiguresGradeAndTollOverTime() throws Exception {
    String id = json("--admin1", "Deir ez-Zor", "--event-type", "airstrike", "--min-killed", "1", "--from",
        "2019-01-18", "--to", "2019-01-18").path("incidents").get(0).path("id").asText();

    Cli.Result r = Cli.run("--data", data.toString(), "show", id);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("incident " + id)
        .contains("  grade:       ", "  response:    ", "figures:", "killed total: low ", "(rule ", "sources:",
            "independent", "toll over time:", "assertions:");
  }

  @Test
  void show_unknownIncident_isOneLine() {
    Cli.Result r = Cli.run("--data", data.toString(), "show", "inc-0000000000000000");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("harmledger: show: no incident with id inc-0000000000000000");
  }

  @Test
  void unattached_areCountedUnderTheTableAndListedOnRequest() throws Exception {
    JsonNode listed = JSON.readTree(Cli.run("--data", data.toString(), "incidents", "--unattached", "--format", "json")
        .out());
    Cli.Result table = Cli.run("--data", data.toString(), "incidents");

    long total = listed.path("total").asLong();
    assertThat(listed.path("unattached")).hasSize((int) total);
    listed.path("unattached").forEach(u -> assertThat(u.path("event_type").asText()).startsWith("statement."));
    if (total > 0) {
      assertThat(table.out()).contains(total + " unattached statements answer no recorded incident");
    } else {
      assertThat(table.out()).doesNotContain("unattached");
    }
    Cli.Result csv = Cli.run("--data", data.toString(), "incidents", "--unattached", "--format", "csv");
    assertThat(csv.exit()).isEqualTo(2);
    assertThat(csv.err().strip()).isEqualTo("harmledger: incidents: --unattached lists as table or json, not csv");
  }

  /**
   * Compares the grouping of the example reports with examples/incidents-expected.json: pairwise
   * precision, recall and F1 over pairs of reports that share an incident (a report may describe
   * two), and the number of incidents. The figures are written in docs/resolution.md; the floors
   * guard against regressions.
   */
  @Test
  void examples_groupReportsAsTheExpectedIncidents() throws Exception {
    Map<String, String> reportOf = new HashMap<>();
    try (Stream<IntakeItem> items = Wiring.documents(List.of(EXAMPLES.resolve("reports")))) {
      items.forEach(item -> {
        if (item instanceof IntakeDocument d) {
          String relative = EXAMPLES.resolve("reports").relativize(Path.of(d.source().replaceAll(":\\d+$", "")))
              + (d.source().matches(".*:\\d+$") ? d.source().substring(d.source().lastIndexOf(':')) : "");
          reportOf.put(relative, Sha256.of(d.original()).hex());
        }
      });
    }
    JsonNode expectedJson = JSON.readTree(Files.readString(EXAMPLES.resolve("incidents-expected.json")));
    List<Set<String>> expected = new ArrayList<>();
    for (JsonNode e : expectedJson.path("incidents")) {
      Set<String> reports = new HashSet<>();
      e.path("reports").forEach(r -> reports.add(reportOf.get(r.asText())));
      assertThat(reports).as("every expected report is an example").doesNotContainNull();
      expected.add(reports);
    }
    List<Set<String>> found = new ArrayList<>();
    for (JsonNode i : json().path("incidents")) {
      String shown = Cli.run("--data", data.toString(), "show", i.path("id").asText()).out();
      Set<String> reports = new HashSet<>();
      reportOf.values().stream().filter(r -> shown.contains(r + ":")).forEach(reports::add);
      found.add(reports);
    }
    PairScore score = ReportPairs.score(found, expected);
    System.out.printf(Locale.ROOT, "examples: %d incidents for %d expected; %s%n", found.size(), expected.size(),
        score.describe());
    // Measured 2026-11-27: 10 incidents, pairwise P 1.000 R 0.987 F1 0.993 (docs/resolution.md).
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(found.size()).isLessThanOrEqualTo(11);
  }

  @Test
  void show_mosul_leadsWithTheCoalition_whichNonPartisanSourcesName() throws Exception {
    String id = json("--admin1", "Nineveh").path("incidents").get(0).path("id").asText();

    Cli.Result shown = Cli.run("--data", data.toString(), "show", id);

    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("perpetrator: us_led_coalition (US-led coalition), contested")
        .containsPattern("of them non-partisan: \\{\"isil\":[01],\"us_led_coalition\":2\\}")
        .contains("(rule attribution.non-partisan-first)");
  }

  @Test
  void examples_ingestedInTwoGoes_giveTheSameIncidentsAsInOne() throws Exception {
    Path twice = dir.resolve("twice");
    assertThat(Cli.run("--data", twice.toString(), "ingest", EXAMPLES.resolve("reports/feeds").toString()).exit())
        .isZero();
    Cli.Result second = Cli.run("--data", twice.toString(), "ingest", EXAMPLES.resolve("reports").toString());
    assertThat(second.exit()).as(second.err()).isZero();

    Cli.Result listed = Cli.run("--data", twice.toString(), "incidents", "--format", "json");
    assertThat(JSON.readTree(listed.out())).isEqualTo(json());
  }
}
