package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void search_findsReportsWithMarkedSnippets() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode r = json(http.get("/api/search?q=Baghouz"));

      assertThat(r.get("total").asInt()).isGreaterThan(1);
      assertThat(r.get("items").get(0).get("snippet_html").asText()).containsIgnoringCase("<mark>baghouz</mark>");
    });
  }

  @Test
  void filters_narrowByProvinceAndDates() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode all = json(http.get("/api/search?q=civilians&limit=200"));
      JsonNode idlib = json(http.get("/api/search?q=civilians&admin1=Idlib&limit=200"));
      JsonNode none = json(http.get("/api/search?q=civilians&from=2030-01-01"));

      assertThat(idlib.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
      assertThat(none.get("total").asInt()).isZero();
    });
  }

  @Test
  void missingOrBrokenQuery_is400() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      assertThat(json(http.get("/api/search")).get("error").asText()).contains("parameter q");
      assertThat(http.get("/api/search?q=%22unclosed").statusCode()).isEqualTo(400);
    });
  }
}
