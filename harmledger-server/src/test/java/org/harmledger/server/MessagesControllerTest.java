package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessagesControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void englishAndArabic_haveTheSameKeys() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      JsonNode en = JsonResponses.MAPPER.readTree(http.get("/api/messages/en").body());
      JsonNode ar = JsonResponses.MAPPER.readTree(http.get("/api/messages/ar").body());
      List<String> enKeys = new ArrayList<>();
      List<String> arKeys = new ArrayList<>();
      en.fieldNames().forEachRemaining(enKeys::add);
      ar.fieldNames().forEachRemaining(arKeys::add);

      assertThat(arKeys).containsExactlyElementsOf(enKeys);
      assertThat(ar.get("nav.incidents").asText()).isEqualTo("الحوادث");
      assertThat(http.get("/api/messages/fr").statusCode()).isEqualTo(404);
    });
  }
}
