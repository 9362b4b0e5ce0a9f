package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentControllerTest {
  private ServerFixture fixture;

  @BeforeEach
  void corpus() {
    // Fresh per test: curation writes change the incidents.
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void list_andFilters_narrowTheIncidents() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode all = json(http.get("/api/incidents?limit=200"));
      JsonNode deirEzZor = json(http.get("/api/incidents?admin1=Deir%20ez-Zor&limit=200"));
      JsonNode y2019 = json(http.get("/api/incidents?from=2019-01-01&to=2019-12-31&limit=200"));
      JsonNode many = json(http.get("/api/incidents?min_killed=10&limit=200"));

      assertThat(all.get("total").asInt()).isGreaterThan(3);
      assertThat(deirEzZor.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
      deirEzZor.get("items").forEach(i -> assertThat(i.get("place").get("admin1").asText()).isEqualTo("Deir ez-Zor"));
      y2019.get("items").forEach(i -> assertThat(i.get("date").get("start").asText()).startsWith("2019"));
      assertThat(many.get("total").asInt()).isPositive();
      many.get("items").forEach(i -> assertThat(i.get("killed").get("best").asLong()).isGreaterThanOrEqualTo(10));
    });
  }

  @Test
  void badFilters_are400() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      assertThat(json(http.get("/api/incidents?grade=great")).get("error").asText()).contains("grade 'great'");
      assertThat(http.get("/api/incidents?min_killed=many").statusCode()).isEqualTo(400);
      assertThat(json(http.get("/api/incidents?from=2020-01-01&to=2019-01-01")).get("error").asText())
          .isEqualTo("parameter from=2020-01-01 is after to=2019-01-01");
    });
  }

  @Test
  void one_explainsFiguresGradeAndSources() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = json(http.get("/api/incidents?min_killed=1&limit=1")).get("items").get(0).get("id").asText();

      JsonNode incident = json(http.get("/api/incidents/" + id));

      assertThat(incident.get("grade").get("reason").asText()).isNotBlank();
      assertThat(incident.get("figures").get("killed").elements().next().get("explanation").asText()).contains("low");
      assertThat(incident.get("members").get(0).get("report_id").asText()).hasSize(64);
      assertThat(incident.get("sources").get(0).has("partisan")).isTrue();
      assertThat(http.get("/api/incidents/no-such-incident").statusCode()).isEqualTo(404);
    });
  }

  @Test
  void merge_needsASignedInReviewerWithTheCsrfToken() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> ids = twoIncidents(http);
      String body = "{\"into\":\"" + ids.get(0) + "\",\"merged\":[\"" + ids.get(1) + "\"],\"reason\":\"same strike\"}";
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

      assertThat(http.post("/api/incidents/merge", body).statusCode()).isEqualTo(401);
      assertThat(http.post("/api/incidents/merge", body, "Cookie", reviewer.get(0)).statusCode()).isEqualTo(403);
      assertThat(http.post("/api/incidents/merge", body, "Cookie", reader.get(0), Auth.CSRF_HEADER, reader.get(1))
          .statusCode()).isEqualTo(403);
      assertThat(http.get("/api/incidents/" + ids.get(1)).statusCode()).isEqualTo(200);
    });
  }

  @Test
  void merge_foldsTheIncidentsAndIsAuditedUnderTheUser() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> ids = twoIncidents(http);
      int before = json(http.get("/api/incidents/" + ids.get(0))).get("members").size();
      int moved = json(http.get("/api/incidents/" + ids.get(1))).get("members").size();
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

      HttpResponse<String> merged = http.post("/api/incidents/merge",
          "{\"into\":\"" + ids.get(0) + "\",\"merged\":[\"" + ids.get(1) + "\"],\"reason\":\"same strike\"}",
          "Cookie", reviewer.get(0), Auth.CSRF_HEADER, reviewer.get(1));

      assertThat(merged.statusCode()).isEqualTo(200);
      assertThat(json(merged).get("members")).hasSize(before + moved);
      assertThat(json(merged).get("history").get(0).get("description").asText()).contains("user:reviewer")
          .contains("same strike");
      assertThat(http.get("/api/incidents/" + ids.get(1)).statusCode()).isEqualTo(404);
      String actor = fixture.services().ledger().database().jdbi().withHandle(h -> h.createQuery(
          "SELECT actor FROM custody_entries WHERE action = 'edited' AND subject = :s").bind("s", ids.get(0))
          .mapTo(String.class).one());
      assertThat(actor).isEqualTo("user:reviewer");
    });
  }

  @Test
  void gradeOverride_needsAReasonAndAKnownGrade() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = twoIncidents(http).get(0);
      List<String> s = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);
      String[] auth = {"Cookie", s.get(0), Auth.CSRF_HEADER, s.get(1)};

      assertThat(http.post("/api/incidents/" + id + "/grade", "{\"grade\":\"discounted\"}", auth).statusCode())
          .isEqualTo(400);
      assertThat(http.post("/api/incidents/" + id + "/grade", "{\"grade\":\"bogus\",\"reason\":\"x\"}", auth)
          .statusCode()).isEqualTo(400);
      HttpResponse<String> ok = http.post("/api/incidents/" + id + "/grade",
          "{\"grade\":\"discounted\",\"reason\":\"the video shows another town\"}", auth);

      assertThat(json(ok).get("grade").get("grade").asText()).isEqualTo("discounted");
      assertThat(http.post("/api/incidents/nope/grade", "{\"grade\":\"weak\",\"reason\":\"x\"}", auth).statusCode())
          .isEqualTo(404);
    });
  }

  @Test
  void split_makesANewIncidentFromTheAssertions() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode crowded = null;
      for (JsonNode i : json(http.get("/api/incidents?limit=200")).get("items")) {
        if (i.get("assertions").asInt() > 1) {
          crowded = json(http.get("/api/incidents/" + i.get("id").asText()));
          break;
        }
      }
      assertThat(crowded).isNotNull();
      String assertion = crowded.get("members").get(1).get("assertion_id").asText();
      List<String> s = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

      HttpResponse<String> split = http.post("/api/incidents/split",
          "{\"assertions\":[\"" + assertion + "\"],\"reason\":\"a different day\"}",
          "Cookie", s.get(0), Auth.CSRF_HEADER, s.get(1));

      assertThat(split.statusCode()).isEqualTo(200);
      assertThat(json(split).get("members").get(0).get("assertion_id").asText()).isEqualTo(assertion);
    });
  }

  @Test
  void oversizedBody_isRefused() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> s = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);
      String huge = "{\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

      HttpResponse<String> r = http.post("/api/incidents/split", huge, "Cookie", s.get(0), Auth.CSRF_HEADER, s.get(1));

      assertThat(r.statusCode()).isEqualTo(413);
    });
  }

  /** Two incidents of the corpus with at least one killed. */
  private static List<String> twoIncidents(TestServer.Http http) throws Exception {
    JsonNode items = json(http.get("/api/incidents?min_killed=1&limit=2")).get("items");
    return List.of(items.get(0).get("id").asText(), items.get(1).get("id").asText());
  }
}
