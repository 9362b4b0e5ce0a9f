package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void everyRegisteredRoute_isDocumented_andNothingElse() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode doc = JsonResponses.MAPPER.readTree(http.get("/openapi.json").body());
      List<String> documented = new ArrayList<>();
      doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      List<String> registered = HarmLedgerServer.routes().stream().map(r -> r.method() + " " + r.path()).toList();

      assertThat(doc.get("openapi").asText()).startsWith("3.");
      assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    });
  }

  @Test
  void everyDocumentedGetPath_answers() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode doc = JsonResponses.MAPPER.readTree(http.get("/openapi.json").body());
      String report = ReportControllerTest.baghouzReport(http);
      String incident = JsonResponses.MAPPER.readTree(http.get("/api/incidents?limit=1").body())
          .get("items").get(0).get("id").asText();
      Map<String, String> examples = new HashMap<>();
      examples.put("/api/reports/{id}", "/api/reports/" + report);
      examples.put("/api/reports/{id}/text", "/api/reports/" + report + "/text");
      examples.put("/api/reports/{id}/original", "/api/reports/" + report + "/original");
      examples.put("/api/assertions/{id}", "/api/assertions/" + report + ":0");
      examples.put("/api/incidents/{id}", "/api/incidents/" + incident);
      examples.put("/api/actors/{id}", "/api/actors/us_led_coalition");
      examples.put("/api/places", "/api/places?q=Raqqa");
      examples.put("/api/search", "/api/search?q=strike");
      examples.put("/api/messages/{lang}", "/api/messages/ar");
      examples.put("/api/victims/{id}", "/api/victims/v-1");
      examples.put("/api/claims/{id}", "/api/claims/cl-1");
      examples.put("/api/claimants/{id}", "/api/claimants/c-1");
      examples.put("/api/claims/{id}/documents/{sha}", "/api/claims/cl-1/documents/" + "0".repeat(64));
      List<String> failed = new ArrayList<>();
      doc.get("paths").fields().forEachRemaining(p -> {
        if (p.getValue().has("get")) {
          String path = examples.getOrDefault(p.getKey(), p.getKey());
          int status = http.get(path).statusCode();
          // A path that needs a session must refuse a request without one.
          int expected = p.getValue().get("get").has("security") ? 401 : 200;
          if (status != expected) {
            failed.add(path + " -> " + status);
          }
        }
      });

      assertThat(failed).isEmpty();
      assertThat(HarmLedgerServer.routes()).anyMatch(r -> r.method() == HandlerType.GET);
    });
  }
}
