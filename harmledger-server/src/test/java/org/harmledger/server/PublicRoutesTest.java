package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.redress.Claim;
import org.harmledger.store.Ledger;
import org.harmledger.store.redress.ClaimRegister;
import org.junit.jupiter.api.Test;

/**
 * PublicRoutesTest plants victims' names and a claimant's name and contact, then GETs every
 * documented path without signing in (path parameters filled with real ids) and finds none of
 * them in any answer.
 */
class PublicRoutesTest {
  private static final String DOCUMENT = "Birth certificate of Yamamaqin";

  @Test
  void everyDocumentedGet_unauthenticated_holdsNoPlantedNameOrContact() throws Exception {
    ServerFixture fixture = ServerFixture.withCorpus();
    VictimControllerTest.plant(fixture);
    ClaimControllerTest.plant(fixture);
    Ledger ledger = fixture.services().ledger();
    Claim claim = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence())
        .submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(DOCUMENT.getBytes(StandardCharsets.UTF_8)),
            "cli:tester");
    TestServer.test(fixture, (app, http) -> {
      JsonNode doc = JsonResponses.MAPPER.readTree(http.get("/openapi.json").body());
      String report = ReportControllerTest.baghouzReport(http);
      String incident = JsonResponses.MAPPER.readTree(http.get("/api/incidents?limit=1").body())
          .get("items").get(0).get("id").asText();
      List<String> paths = new ArrayList<>();
      doc.get("paths").fields().forEachRemaining(p -> {
        if (p.getValue().has("get")) {
          paths.add(p.getKey().replace("/api/reports/{id}", "/api/reports/" + report)
              .replace("/api/assertions/{id}", "/api/assertions/" + report + ":0")
              .replace("/api/incidents/{id}", "/api/incidents/" + incident)
              .replace("/api/actors/{id}", "/api/actors/us_led_coalition")
              .replace("/api/victims/{id}", "/api/victims/v-1")
              .replace("/api/claims/{id}", "/api/claims/cl-1")
              .replace("/api/claimants/{id}", "/api/claimants/c-1")
              .replace("{sha}", claim.documents().get(0))
              .replace("{lang}", "ar"));
        }
      });
      paths.addAll(List.of("/api/places?q=Raqqa", "/api/search?q=strike", "/api/victims?incident=inc-1",
          "/api/victims?status=civilian", "/api/claims?status=submitted", "/", "/js/redress.js"));
      // The public, and a signed-in reader, see nothing personal.
      String reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD).get(0);
      StringBuilder answers = new StringBuilder();
      for (String path : paths) {
        answers.append(path).append(' ').append(http.get(path).body()).append('\n');
        answers.append(path).append(' ').append(http.get(path, "Cookie", reader).body()).append('\n');
      }

      assertThat(paths).contains("/api/victims/v-1", "/api/claims/cl-1", "/api/claimants/c-1",
          "/api/claims/cl-1/documents/" + claim.documents().get(0));
      assertThat(answers).contains("sign in first");
      for (String planted : List.of(VictimControllerTest.PLANTED, "Warraqi", ClaimControllerTest.PLANTED,
          "Qurtubi", "+963 955 111 222", "ghufran@example.org", DOCUMENT)) {
        assertThat(answers.toString()).doesNotContain(planted);
      }
    });
  }
}
