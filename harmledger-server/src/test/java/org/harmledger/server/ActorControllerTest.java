package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void actors_comeFromTheDictionary() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode page = JsonResponses.MAPPER.readTree(http.get("/api/actors?limit=200").body());
      JsonNode coalition = JsonResponses.MAPPER.readTree(http.get("/api/actors/us_led_coalition").body());

      assertThat(page.get("total").asInt()).isEqualTo(fixture.services().actors().actors().size());
      assertThat(coalition.get("aliases").size()).isPositive();
      assertThat(http.get("/api/actors/nobody").statusCode()).isEqualTo(404);
    });
  }
}
