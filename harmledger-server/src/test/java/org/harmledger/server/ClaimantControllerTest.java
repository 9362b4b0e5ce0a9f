package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.redress.ClaimantRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimantControllerTest {
  private static final String RECORDER = "recorder";
  private static final String ADD = "{\"id\":\"c-5\",\"given_name\":\"Rawdaqin\",\"family_name\":\"Sabbaghi\","
      + "\"arabic_name\":\"روضة\",\"phone\":\"+963 944 000 111\",\"family_id\":\"fam-5\","
      + "\"relationships\":[{\"victim_id\":\"v-1\",\"kinship\":\"parent\"}],\"reason\":\"walk-in\"}";

  private ServerFixture fixture;

  @BeforeEach
  void corpus() {
    fixture = ServerFixture.withCorpus();
    fixture.services().accounts().add(RECORDER, Role.RECORDER, ServerFixture.PASSWORD.toCharArray());
  }

  private List<CustodyEntry> entries(String claimant) {
    Ledger ledger = fixture.services().ledger();
    return ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, ClaimantRegister.subject(claimant)));
  }

  @Test
  void add_recorderRegisters_auditedWithoutPersonalData_othersRefused() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      String[] asRecorder = {"Cookie", recorder.get(0), Auth.CSRF_HEADER, recorder.get(1)};

      assertThat(http.post("/api/claimants", ADD).statusCode()).isEqualTo(401);
      assertThat(http.post("/api/claimants", ADD, "Cookie", reader.get(0), Auth.CSRF_HEADER, reader.get(1))
          .statusCode()).isEqualTo(403);
      HttpResponse<String> added = http.post("/api/claimants", ADD, asRecorder);

      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThat(json(added).get("family_id").asText()).isEqualTo("fam-5");
      assertThat(json(added).get("relationships").get(0).get("kinship").asText()).isEqualTo("parent");
      assertThat(added.body()).doesNotContain("Rawdaqin").doesNotContain("944");
      assertThat(entries("c-5")).singleElement().satisfies(e -> {
        assertThat(e.actor()).isEqualTo("user:" + RECORDER);
        assertThat(e.details()).contains("claimant.added").doesNotContain("Rawdaqin").doesNotContain("944");
      });
      assertThat(json(http.post("/api/claimants", ADD, asRecorder)).get("error").asText())
          .isEqualTo("claimant c-5 is already registered");
      HttpResponse<String> badKinship = http.post("/api/claimants", "{\"id\":\"c-6\",\"relationships\":"
          + "[{\"victim_id\":\"v-1\",\"kinship\":\"cousin\"}],\"reason\":\"r\"}", asRecorder);
      assertThat(badKinship.statusCode()).isEqualTo(400);
      assertThat(json(badKinship).get("error").asText()).startsWith("field relationships: unknown kinship 'cousin'");
    });
  }

  @Test
  void readAndEdit_personalDataOnlyForReviewers_editKeepsWhatItLeavesOut() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      String[] asRecorder = {"Cookie", recorder.get(0), Auth.CSRF_HEADER, recorder.get(1)};
      http.post("/api/claimants", ADD, asRecorder);
      String reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);

      assertThat(http.get("/api/claimants/c-5").statusCode()).isEqualTo(401);
      assertThat(http.get("/api/claimants/c-5", "Cookie", http.signIn(ServerFixture.READER,
          ServerFixture.PASSWORD).get(0)).statusCode()).isEqualTo(403);
      assertThat(http.get("/api/claimants/c-5", "Cookie", recorder.get(0)).body()).doesNotContain("Rawdaqin");
      String phone = "{\"phone\":\"+963 944 999 000\",\"reason\":\"new number\"}";
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      assertThat(http.patch("/api/claimants/c-5", phone).statusCode()).isEqualTo(401);
      assertThat(http.patch("/api/claimants/c-5", phone, "Cookie", reader.get(0), Auth.CSRF_HEADER, reader.get(1))
          .statusCode()).isEqualTo(403);
      HttpResponse<String> edited = http.patch("/api/claimants/c-5", phone, asRecorder);

      assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
      assertThat(json(edited).get("changed")).extracting(JsonNode::asText).containsExactly("contact");
      JsonNode seen = json(http.get("/api/claimants/c-5", "Cookie", reviewer));
      assertThat(seen.get("names").get("given").asText()).isEqualTo("Rawdaqin");
      assertThat(seen.get("names").get("arabic").asText()).isEqualTo("روضة");
      assertThat(seen.get("contact").get("phone").asText()).isEqualTo("+963 944 999 000");
      assertThat(seen.get("relationships")).hasSize(1);
      assertThat(entries("c-5")).hasSize(2).last().satisfies(e -> assertThat(e.details())
          .contains("claimant.edited").contains("new number").doesNotContain("999"));
      assertThat(http.get("/api/claimants/c-9", "Cookie", reviewer).statusCode()).isEqualTo(404);
      assertThat(http.patch("/api/claimants/c-9", "{\"reason\":\"r\"}", asRecorder).statusCode()).isEqualTo(404);
    });
  }
}
