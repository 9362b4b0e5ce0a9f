package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void apiAnswersPagesAndErrors_allCarryTheHeaders() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      for (String path : new String[] {"/api/actors", "/index.html", "/api/nothing-here"}) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      }
    });
  }

  @Test
  void unknownPaths_getAJson404() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      HttpResponse<String> r = http.get("/api/nothing-here");

      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).contains("\"status\":404").contains("/api/nothing-here");
    });
  }
}
