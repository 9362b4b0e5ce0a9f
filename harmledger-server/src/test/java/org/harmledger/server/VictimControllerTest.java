package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimRowReader;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.redress.VictimRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VictimControllerTest {
  static final String RECORDER = "recorder";
  static final String PLANTED = "Sundusqa";

  private ServerFixture fixture;

  @BeforeEach
  void corpus() {
    fixture = ServerFixture.withCorpus();
    fixture.services().accounts().add(RECORDER, Role.RECORDER, ServerFixture.PASSWORD.toCharArray());
    plant(fixture);
  }

  /** Registers two victims whose names are planted for tests to look for. */
  static void plant(ServerFixture fixture) {
    Ledger ledger = fixture.services().ledger();
    VictimRowReader rows = new VictimRowReader(AgeGroups.loadDefault(),
        List.of("id", "given_name", "family_name", "status", "outcome", "incident_id"));
    new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault()).add(List.of(
        rows.read(2, List.of("v-1", PLANTED, "Warraqi", "civilian", "killed", "inc-1")),
        rows.read(3, List.of("v-2", PLANTED, "Warraqi", "civilian", "killed", "inc-1"))), "cli:tester", "t", "list");
  }

  @Test
  void list_needsARecorder_namesOnlyForReviewers() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

      assertThat(http.get("/api/victims").statusCode()).isEqualTo(401);
      assertThat(http.get("/api/victims", "Cookie", reader.get(0)).statusCode()).isEqualTo(403);
      HttpResponse<String> recorded = http.get("/api/victims?incident=inc-1", "Cookie", recorder.get(0));
      assertThat(recorded.statusCode()).isEqualTo(200);
      assertThat(json(recorded).get("total").asInt()).isEqualTo(2);
      assertThat(recorded.body()).doesNotContain(PLANTED);
      assertThat(http.get("/api/victims/v-1", "Cookie", reviewer.get(0)).body()).contains(PLANTED);
      assertThat(http.get("/api/victims/v-9", "Cookie", reviewer.get(0)).statusCode()).isEqualTo(404);
    });
  }

  @Test
  void add_auditedUnderTheUser_badFieldNamed() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      String[] headers = {"Cookie", recorder.get(0), Auth.CSRF_HEADER, recorder.get(1)};

      HttpResponse<String> added = http.post("/api/victims", "{\"id\":\"v-3\",\"given_name\":\"Nur\",\"status\":"
          + "\"civilian\",\"outcome\":\"injured\",\"aliases\":[\"Umm Ali\"],\"reason\":\"clinic list\"}", headers);
      HttpResponse<String> bad = http.post("/api/victims", "{\"id\":\"v-4\",\"status\":\"civilian\",\"outcome\":"
          + "\"killed\",\"age\":\"old\",\"reason\":\"r\"}", headers);

      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThat(json(added).has("names")).isFalse();
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("error").asText()).startsWith("field 'age': ");
      Ledger ledger = fixture.services().ledger();
      List<CustodyEntry> entries = ledger.database().jdbi()
          .withHandle(h -> ledger.custody().entriesFor(h, VictimRegister.subject("v-3")));
      assertThat(entries).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("user:" + RECORDER));
    });
  }

  @Test
  void duplicatesAndMerge_forReviewers() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);
      String merge = "{\"a\":\"v-1\",\"b\":\"v-2\",\"reason\":\"same death record\"}";

      assertThat(http.get("/api/victims/duplicates", "Cookie", recorder.get(0)).statusCode()).isEqualTo(403);
      HttpResponse<String> proposals = http.get("/api/victims/duplicates", "Cookie", reviewer.get(0));
      assertThat(json(proposals).get("items").get(0).get("victim_a").asText()).isEqualTo("v-1");
      assertThat(proposals.body()).doesNotContain(PLANTED);
      assertThat(http.post("/api/victims/merge", merge, "Cookie", recorder.get(0), Auth.CSRF_HEADER,
          recorder.get(1)).statusCode()).isEqualTo(403);
      assertThat(http.post("/api/victims/merge", merge, "Cookie", reviewer.get(0), Auth.CSRF_HEADER,
          reviewer.get(1)).statusCode()).isEqualTo(200);
      assertThat(json(http.get("/api/victims/duplicates", "Cookie", reviewer.get(0))).get("total").asInt()).isZero();
    });
  }

  @Test
  void list_filtersOnPublicFields_pagedInTheStore() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String cookie = http.signIn(RECORDER, ServerFixture.PASSWORD).get(0);

      JsonNode second = json(http.get("/api/victims?status=civilian&outcome=killed&limit=1&offset=1", "Cookie", cookie));
      assertThat(second.get("total").asInt()).isEqualTo(2);
      assertThat(second.get("items")).singleElement().satisfies(v -> assertThat(v.get("id").asText()).isEqualTo("v-2"));
      assertThat(json(http.get("/api/victims?status=combatant", "Cookie", cookie)).get("total").asInt()).isZero();
      HttpResponse<String> bad = http.get("/api/victims?outcome=vanished", "Cookie", cookie);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("error").asText()).isEqualTo("parameter outcome='vanished': unknown outcome "
          + "'vanished' (expected one of killed, injured, missing)");
    });
  }

  @Test
  void edit_recorderChangesOnlyTheFieldsGiven_auditedWithoutValues_othersRefused() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      String[] asRecorder = {"Cookie", recorder.get(0), Auth.CSRF_HEADER, recorder.get(1)};
      String edit = "{\"outcome\":\"injured\",\"age\":\"child\",\"reason\":\"hospital list\"}";

      assertThat(http.patch("/api/victims/v-1", edit).statusCode()).isEqualTo(401);
      assertThat(http.patch("/api/victims/v-1", edit, "Cookie", reader.get(0), Auth.CSRF_HEADER, reader.get(1))
          .statusCode()).isEqualTo(403);
      assertThat(http.patch("/api/victims/v-1", edit, "Cookie", recorder.get(0)).statusCode()).isEqualTo(403);
      HttpResponse<String> edited = http.patch("/api/victims/v-1", edit, asRecorder);

      assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
      assertThat(json(edited).get("changed")).extracting(JsonNode::asText).containsExactly("age", "outcome");
      assertThat(json(edited).get("outcome").asText()).isEqualTo("injured");
      String reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);
      assertThat(http.get("/api/victims/v-1", "Cookie", reviewer).body()).contains(PLANTED).contains("\"injured\"");
      Ledger ledger = fixture.services().ledger();
      List<CustodyEntry> entries = ledger.database().jdbi()
          .withHandle(h -> ledger.custody().entriesFor(h, VictimRegister.subject("v-1")));
      assertThat(entries).hasSize(2);
      assertThat(entries.get(1).actor()).isEqualTo("user:" + RECORDER);
      assertThat(entries.get(1).details()).contains("victim.edited").contains("hospital list").doesNotContain(PLANTED);
      HttpResponse<String> bad = http.patch("/api/victims/v-1", "{\"sex\":\"x\",\"reason\":\"r\"}", asRecorder);
      assertThat(json(bad).get("error").asText()).startsWith("field 'sex': unknown sex 'x'");
      assertThat(http.patch("/api/victims/v-1", "{\"id\":\"v-7\",\"reason\":\"r\"}", asRecorder).statusCode())
          .isEqualTo(400);
      assertThat(http.patch("/api/victims/v-9", edit, asRecorder).statusCode()).isEqualTo(404);
    });
  }

  @Test
  void victimJson_publicViewHasNoNames() {
    Victim v = new VictimRowReader(AgeGroups.loadDefault(), List.of("id", "given_name", "status", "outcome"))
        .read(2, List.of("v-1", PLANTED, "civilian", "killed"));

    assertThat(VictimController.json(v, false).toString()).doesNotContain(PLANTED);
    assertThat(VictimController.json(v.withNames(PersonNames.none()), true).get("names").get("given").isNull())
        .isTrue();
  }
}
