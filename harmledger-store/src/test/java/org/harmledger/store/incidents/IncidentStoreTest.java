package org.harmledger.store.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harmledger.store.incidents.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.Outcome;
import org.harmledger.resolve.OverrideFigure;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentStoreTest {
  private static final Instant AT = Instant.parse("2026-03-01T11:00:00Z");

  @TempDir
  Path dir;

  private Ledger ledger;
  private IncidentStore store;

  @BeforeEach
  void open() {
    ledger = LedgerFixture.open(dir);
    store = ledger.incidents();
    Reports.ingest(ledger,
        report("Levant Wire Service", "2019-01-19", "baghouz", "2019-01-18", 16, "us_led_coalition"),
        report("Euphrates Monitor", "2019-01-21", "baghouz", "2019-01-18", 20, "us_led_coalition"),
        report("Euphrates Monitor", "2019-07-23", "maarat", "2019-07-22", 12, "russia"),
        report("Tigris Daily", "2017-03-18", "mosul", "2017-03-17", 105, "us_led_coalition"));
  }

  private String idOf(String admin1) {
    return store.list(new IncidentFilter(null, null, admin1, null, null, null, null, null), 0, 10)
        .incidents().get(0).path("id").asText();
  }

  @Test
  void resolveAll_storesIncidentsThatReadBackWithFiguresSourcesAndCustody() {
    ResolutionSummary summary = store.resolveAll(LedgerFixture.ACTOR);

    assertThat(summary.assertions()).isEqualTo(4);
    assertThat(summary.incidents()).isEqualTo(3);
    assertThat(summary.line()).isEqualTo("resolved 4 assertions into 3 incidents (0 curation decisions)");
    ObjectNode baghouz = store.find(idOf("Deir ez-Zor")).orElseThrow();
    assertThat(baghouz.path("figures").path("killed").path("total").path("best").asLong()).isEqualTo(18);
    assertThat(baghouz.path("sources")).hasSize(2);
    assertThat(baghouz.path("grade").path("grade").asText()).isEqualTo("fair");
    assertThat(baghouz.path("members")).hasSize(2);
    List<CustodyEntry> custody = ledger.database().jdbi()
        .withHandle(h -> ledger.custody().entriesFor(h, IncidentStore.SUBJECT));
    assertThat(custody).hasSize(1);
    assertThat(custody.get(0).action()).isEqualTo("resolved");
    assertThat(custody.get(0).details()).contains("\"incidents\":3");
    assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).intact()).isTrue();
  }

  @Test
  void resolveAll_twice_replacesRatherThanAdds() {
    store.resolveAll(LedgerFixture.ACTOR);
    store.resolveAll(LedgerFixture.ACTOR);

    assertThat(store.list(IncidentFilter.all(), 0, 100).total()).isEqualTo(3);
  }

  @Test
  void find_unknownId_isEmpty() {
    store.resolveAll(LedgerFixture.ACTOR);

    assertThat(store.find("inc-0000000000000000")).isEmpty();
  }

  @Test
  void list_filtersByEachField_andPages() {
    store.resolveAll(LedgerFixture.ACTOR);

    assertThat(ids(new IncidentFilter(LocalDate.parse("2019-01-01"), null, null, null, null, null, null, null)))
        .hasSize(2);
    assertThat(ids(new IncidentFilter(null, LocalDate.parse("2018-12-31"), null, null, null, null, null, null)))
        .containsExactly(idOf("Ninawa"));
    assertThat(ids(new IncidentFilter(null, null, "idlib", null, null, null, null, null))).hasSize(1);
    assertThat(ids(new IncidentFilter(null, null, null, "iq", null, null, null, null))).containsExactly(idOf("Ninawa"));
    assertThat(ids(new IncidentFilter(null, null, null, null, "russia", null, null, null)))
        .containsExactly(idOf("Idlib"));
    assertThat(ids(new IncidentFilter(null, null, null, null, null, "shelling", null, null))).isEmpty();
    assertThat(ids(new IncidentFilter(null, null, null, null, null, null, "fair", null)))
        .containsExactly(idOf("Deir ez-Zor"));
    assertThat(ids(new IncidentFilter(null, null, null, null, null, null, null, 100L))).containsExactly(idOf("Ninawa"));
    IncidentPage second = store.list(IncidentFilter.all(), 1, 1);
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.incidents()).hasSize(1);
    assertThat(second.incidents().get(0).path("date").path("start").asText()).isEqualTo("2019-01-18");
  }

  @Test
  void filter_toBeforeFrom_isRefusedWithTheDates() {
    assertThatThrownBy(() -> new IncidentFilter(LocalDate.parse("2019-02-01"), LocalDate.parse("2019-01-01"), null,
        null, null, null, null, null)).hasMessage("--to 2019-01-01 is before --from 2019-02-01");
  }

  @Test
  void record_survivesReResolutionAndNewReports() {
    store.resolveAll(LedgerFixture.ACTOR);
    String baghouz = idOf("Deir ez-Zor");
    String mosul = idOf("Ninawa");

    store.record(new OverrideGrade(baghouz, Grade.DISCOUNTED, "ana", AT, "fabricated footage"));
    store.record(new OverrideFigure(mosul, Outcome.KILLED, CasualtyCategory.TOTAL, 100, 105, 112L, "ana",
        AT.plusSeconds(1), "hospital list"));
    store.record(new MergeIncidents(baghouz, List.of(idOf("Idlib")), "ana", AT.plusSeconds(2), "test merge"));
    Reports.ingest(ledger, report("Tigris Daily", "2019-01-20", "baghouz", "2019-01-18", 17, "us_led_coalition"));
    ResolutionSummary again = store.resolveAll(LedgerFixture.ACTOR);

    assertThat(again.decisions()).isEqualTo(3);
    assertThat(again.notApplied()).isEmpty();
    ObjectNode merged = store.find(baghouz).orElseThrow();
    assertThat(merged.path("grade").path("grade").asText()).isEqualTo("discounted");
    assertThat(merged.path("members")).hasSize(4);
    assertThat(merged.path("history").findValuesAsText("kind")).containsExactly("grade", "merge");
    JsonNode figure = store.find(mosul).orElseThrow().path("figures").path("killed").path("total");
    assertThat(figure.path("best").asLong()).isEqualTo(105);
    assertThat(figure.path("rule").asText()).isEqualTo("figure.override");
    assertThat(store.list(IncidentFilter.all(), 0, 10).total()).isEqualTo(2);
  }

  @Test
  void record_appendsAnEditedCustodyEntryWithTheReason() {
    store.resolveAll(LedgerFixture.ACTOR);
    String baghouz = idOf("Deir ez-Zor");

    store.record(new OverrideGrade(baghouz, Grade.DISCOUNTED, "ana", AT, "fabricated footage"));

    List<CustodyEntry> entries = ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, baghouz));
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("edited");
      assertThat(e.actor()).isEqualTo("ana");
      assertThat(e.details()).contains("fabricated footage");
    });
    assertThat(store.decisions()).hasSize(1);
  }

  @Test
  void list_totalAskedBeforeAChange_isCountedAgainAfterIt() {
    store.resolveAll(LedgerFixture.ACTOR);
    assertThat(store.list(IncidentFilter.all(), 0, 10).total()).isEqualTo(3);
    JsonNode baghouz = store.find(idOf("Deir ez-Zor")).orElseThrow();
    String second = baghouz.path("members").get(1).path("assertion_id").asText();

    store.record(new SplitAssertions(List.of(second), "ana", AT, "another village"));

    assertThat(store.list(IncidentFilter.all(), 0, 10).total()).isEqualTo(4);
  }

  @Test
  void record_splitCreatesTheNewIncident() {
    store.resolveAll(LedgerFixture.ACTOR);
    JsonNode baghouz = store.find(idOf("Deir ez-Zor")).orElseThrow();
    String second = baghouz.path("members").get(1).path("assertion_id").asText();
    SplitAssertions split = new SplitAssertions(List.of(second), "ana", AT, "another village");

    store.record(split);

    assertThat(store.find(split.newIncidentId())).isPresent();
    assertThat(store.list(IncidentFilter.all(), 0, 10).total()).isEqualTo(4);
  }

  @Test
  void record_decisionThatDoesNotApply_isRefusedAndNotStored() {
    store.resolveAll(LedgerFixture.ACTOR);

    assertThatThrownBy(() -> store.record(
        new OverrideGrade("inc-0000000000000000", Grade.DISCOUNTED, "ana", AT, "typo")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot grade: no incident inc-0000000000000000 in this resolution");
    assertThat(store.decisions()).isEmpty();
  }

  private List<String> ids(IncidentFilter filter) {
    return store.list(filter, 0, 100).incidents().stream().map(n -> n.path("id").asText()).toList();
  }

  private static final String[] LATER = {
      report("Tigris Daily", "2019-01-20", "baghouz", "2019-01-18", 17, "us_led_coalition"),
      report("Orient Observer", "2019-07-24", "maarat", "2019-07-22", 14, null),
      report("Levant Wire Service", "2019-07-23", "maarat", "2019-07-23", null, null),
      report("Tigris Daily", "2017-05-02", "mosul", "2017-05-01", 3, null)};

  private static List<String> incidents(IncidentStore s) {
    List<String> all = new ArrayList<>();
    s.forEach(i -> all.add(i.toString()));
    return all;
  }

  @Test
  void resolveAll_afterNewReports_rewritesOnlyWhatTheyTouch_andEqualsResolvingAllAtOnce() {
    store.resolveAll(LedgerFixture.ACTOR);
    store.record(new OverrideGrade(idOf("Ninawa"), Grade.DISCOUNTED, "ana", AT, "staged"));
    Reports.ingest(ledger, LATER[0]);
    store.resolveAll(LedgerFixture.ACTOR);
    Reports.ingest(ledger, LATER[1], LATER[2], LATER[3]);
    ResolutionSummary last = store.resolveAll(LedgerFixture.ACTOR);

    List<CustodyEntry> custody = ledger.database().jdbi()
        .withHandle(h -> ledger.custody().entriesFor(h, IncidentStore.SUBJECT));
    assertThat(custody.get(custody.size() - 2).details()).contains("\"incremental\":true", "\"incidents_written\":2");
    assertThat(last.incidents()).isEqualTo(5);
    Ledger batch = LedgerFixture.open(dir.resolve("batch"));
    Reports.ingest(batch, LATER[3], LATER[2]);
    Reports.ingest(batch,
        report("Levant Wire Service", "2019-01-19", "baghouz", "2019-01-18", 16, "us_led_coalition"),
        report("Euphrates Monitor", "2019-01-21", "baghouz", "2019-01-18", 20, "us_led_coalition"),
        report("Euphrates Monitor", "2019-07-23", "maarat", "2019-07-22", 12, "russia"),
        report("Tigris Daily", "2017-03-18", "mosul", "2017-03-17", 105, "us_led_coalition"), LATER[1], LATER[0]);
    batch.incidents().resolveAll(LedgerFixture.ACTOR);
    batch.incidents().record(store.decisions().get(0));
    assertThat(incidents(batch.incidents())).isEqualTo(incidents(store));
  }

  @Test
  void aStatementAboutNoRecordedIncidentIsListedUnattachedUntilTheEventIsReported() {
    Reports.ingest(ledger, "publisher=Coalition Press Desk;published=2019-05-13;place=maarat;date=2019-05-12;"
        + "type=statement.denial;by=us_led_coalition");
    ResolutionSummary first = store.resolveAll(LedgerFixture.ACTOR);
    assertThat(first.unattached()).isEqualTo(1);
    assertThat(first.incidents()).isEqualTo(3);
    assertThat(store.unattached()).singleElement().satisfies(u -> {
      assertThat(u.eventType()).isEqualTo("statement.denial");
      assertThat(u.publisher()).isEqualTo("Coalition Press Desk");
    });

    Reports.ingest(ledger, report("Euphrates Monitor", "2019-05-13", "maarat", "2019-05-12", 4, "us_led_coalition"));
    ResolutionSummary second = store.resolveAll(LedgerFixture.ACTOR);
    assertThat(second.unattached()).isZero();
    assertThat(store.unattached()).isEmpty();
    ObjectNode answered = store.list(new IncidentFilter(LocalDate.parse("2019-05-12"), LocalDate.parse("2019-05-12"),
        null, null, null, null, null, null), 0, 10).incidents().get(0);
    assertThat(store.find(answered.path("id").asText()).orElseThrow().path("belligerent_response").asText())
        .isEqualTo("denied");
  }

  @Test
  void anUnplacedAccount_joinsItsSoleCandidate_andStandsAloneOnceThereAreTwo_incrementallyAsAtOnce() {
    String witness = report("Euphrates Monitor", "2019-07-25", "nowhere", "2019-07-22", 21, "russia");
    String elsewhere = report("Levant Wire Service", "2019-07-23", "baghouz", "2019-07-22", 3, "russia");
    store.resolveAll(LedgerFixture.ACTOR);
    Reports.ingest(ledger, witness);
    ResolutionSummary joined = store.resolveAll(LedgerFixture.ACTOR);
    assertThat(joined.incidents()).isEqualTo(3);
    assertThat(store.find(idOf("Idlib")).orElseThrow().path("members").toString()).contains("\"sole_candidate\"");

    Reports.ingest(ledger, elsewhere);
    ResolutionSummary alone = store.resolveAll(LedgerFixture.ACTOR);
    assertThat(alone.incidents()).isEqualTo(5);
    Ledger batch = LedgerFixture.open(dir.resolve("batch"));
    Reports.ingest(batch, elsewhere, witness,
        report("Levant Wire Service", "2019-01-19", "baghouz", "2019-01-18", 16, "us_led_coalition"),
        report("Euphrates Monitor", "2019-01-21", "baghouz", "2019-01-18", 20, "us_led_coalition"),
        report("Euphrates Monitor", "2019-07-23", "maarat", "2019-07-22", 12, "russia"),
        report("Tigris Daily", "2017-03-18", "mosul", "2017-03-17", 105, "us_led_coalition"));
    batch.incidents().resolveAll(LedgerFixture.ACTOR);
    assertThat(incidents(batch.incidents())).isEqualTo(incidents(store));
  }

  @Test
  void resolveAll_withNothingNew_writesNothing_andCountsEveryAssertion() {
    ResolutionSummary first = store.resolveAll(LedgerFixture.ACTOR);
    ResolutionSummary again = store.resolveAll(LedgerFixture.ACTOR);

    assertThat(again.assertions()).isEqualTo(first.assertions()).isEqualTo(4);
    List<CustodyEntry> custody = ledger.database().jdbi()
        .withHandle(h -> ledger.custody().entriesFor(h, IncidentStore.SUBJECT));
    assertThat(custody.get(custody.size() - 1).details()).contains("\"incremental\":true", "\"incidents_written\":0");
  }
}
