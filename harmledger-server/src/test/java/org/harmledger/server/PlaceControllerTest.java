package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void lookup_findsPlacesByAnySpelling_andNeedsAName() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode raqqa = JsonResponses.MAPPER.readTree(http.get("/api/places?q=Raqqa").body());

      assertThat(raqqa.get("total").asInt()).isPositive();
      assertThat(raqqa.get("items").get(0).get("country").asText()).isEqualTo("SY");
      assertThat(http.get("/api/places").statusCode()).isEqualTo(400);
    });
  }
}
