package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void list_pagesThroughTheCorpus() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode first = json(http.get("/api/reports?limit=5"));
      JsonNode second = json(http.get("/api/reports?limit=5&offset=5"));

      assertThat(first.get("total").asInt()).isGreaterThan(10);
      assertThat(first.get("items")).hasSize(5);
      assertThat(second.get("items").get(0).get("id").asText()).isNotEqualTo(first.get("items").get(0).get("id").asText());
    });
  }

  @Test
  void list_filtersByLanguageAndDates() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode y2017 = json(http.get("/api/reports?from=2017-01-01&to=2017-12-31&limit=200"));

      assertThat(y2017.get("total").asInt()).isPositive();
      y2017.get("items").forEach(r -> assertThat(r.get("published").asText()).startsWith("2017-"));
    });
  }

  @Test
  void one_hasMetadataCustodyAndAssertionsWithSpans_actorsRedactedForThePublic() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = baghouzReport(http);
      JsonNode report = json(http.get("/api/reports/" + id.substring(0, 12)));

      assertThat(report.get("sha256").asText()).isEqualTo(id);
      assertThat(report.get("custody").get(0).get("action").asText()).isEqualTo("received");
      assertThat(report.get("custody").get(0).get("actor").asText()).isEqualTo(ReportController.REDACTED);
      assertThat(report.get("assertions").get(0).get("evidence").get(0).get("span")).hasSize(2);
      assertThat(report.get("assertions").get(0).get("id").asText()).isEqualTo(id + ":0");
    });
  }

  @Test
  void one_showsCustodyActorsToSignedInUsers() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = baghouzReport(http);
      List<String> session = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);

      JsonNode report = json(http.get("/api/reports/" + id, "Cookie", session.get(0)));

      assertThat(report.get("custody").get(0).get("actor").asText()).isEqualTo("cli:tester");
    });
  }

  @Test
  void text_isTheWorkingText_original_isTheExactBytesAsADownload() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = baghouzReport(http);

      HttpResponse<String> text = http.get("/api/reports/" + id + "/text");
      HttpResponse<byte[]> original = http.getBytes("/api/reports/" + id + "/original");

      assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      assertThat(text.body()).containsIgnoringCase("baghouz");
      assertThat(Sha256.of(original.body()).hex()).isEqualTo(id);
      assertThat(original.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\""));
    });
  }

  @Test
  void pdfOriginal_keepsItsMediaType() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode items = json(http.get("/api/reports?limit=200")).get("items");
      String pdf = null;
      for (JsonNode r : items) {
        if (r.get("media_type").asText().equals("application/pdf")) {
          pdf = r.get("id").asText();
        }
      }
      assertThat(pdf).isNotNull();

      assertThat(http.getBytes("/api/reports/" + pdf + "/original").headers().firstValue("Content-Type"))
          .hasValue("application/pdf");
    });
  }

  @Test
  void etag_answers304WhenUnchanged() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String id = baghouzReport(http);
      HttpResponse<String> first = http.get("/api/reports/" + id);
      String etag = first.headers().firstValue("ETag").orElseThrow();

      HttpResponse<String> again = http.get("/api/reports/" + id, "If-None-Match", etag);
      HttpResponse<String> other = http.get("/api/reports/" + id, "If-None-Match", "\"something-else\"");

      assertThat(etag).matches("\"[0-9a-f]{64}\"");
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(other.statusCode()).isEqualTo(200);
    });
  }

  @Test
  void badAndUnknownIds_are400And404WithJsonErrors() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      HttpResponse<String> bad = http.get("/api/reports/not-hex");
      HttpResponse<String> unknown = http.get("/api/reports/" + "0".repeat(64));

      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("error").asText()).contains("not-hex");
      assertThat(json(bad).get("status").asInt()).isEqualTo(400);
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(json(unknown).get("error").asText()).startsWith("no report with id");
    });
  }

  @Test
  void badPaging_is400NamingTheParameter() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      assertThat(http.get("/api/reports?limit=500").statusCode()).isEqualTo(400);
      assertThat(json(http.get("/api/reports?limit=500")).get("error").asText()).contains("limit=500");
      assertThat(json(http.get("/api/reports?offset=-3")).get("error").asText()).contains("offset='-3'");
      assertThat(json(http.get("/api/reports?from=yesterday")).get("error").asText()).contains("from='yesterday'");
    });
  }

  /** The id of a report of the Baghouz strike, found through the listing. */
  static String baghouzReport(TestServer.Http http) throws Exception {
    for (JsonNode r : json(http.get("/api/reports?limit=200")).get("items")) {
      if (r.get("title").asText("").toLowerCase(java.util.Locale.ROOT).contains("baghouz")
          && r.get("media_type").asText().startsWith("text/plain")) {
        return r.get("id").asText();
      }
    }
    throw new AssertionError("no Baghouz report in the corpus");
  }
}
