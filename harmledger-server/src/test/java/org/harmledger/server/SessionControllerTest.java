package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionControllerTest {
  private static ServerFixture fixture;

  @BeforeAll
  static void corpus() {
    fixture = ServerFixture.withCorpus();
  }

  @Test
  void signIn_setsAStrictHttpOnlySecureCookie_andNeverReturnsTheToken() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      HttpResponse<String> r = http.post("/api/session",
          "{\"name\":\"reviewer\",\"password\":\"" + ServerFixture.PASSWORD + "\"}");
      String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
      String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));

      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
      assertThat(r.body()).doesNotContain(token).contains("csrf_token").contains("\"role\":\"reviewer\"");
    });
  }

  @Test
  void wrongPassword_is401() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      HttpResponse<String> r = http.post("/api/session", "{\"name\":\"reviewer\",\"password\":\"nope nope nope\"}");

      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    });
  }

  @Test
  void current_andSignOut_followTheSession() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> s = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);

      JsonNode me = JsonResponses.MAPPER.readTree(http.get("/api/session", "Cookie", s.get(0)).body());
      int withoutCsrf = http.delete("/api/session", "Cookie", s.get(0)).statusCode();
      int signedOut = http.delete("/api/session", "Cookie", s.get(0), Auth.CSRF_HEADER, s.get(1)).statusCode();
      JsonNode after = JsonResponses.MAPPER.readTree(http.get("/api/session", "Cookie", s.get(0)).body());

      assertThat(me.get("name").asText()).isEqualTo("reader");
      assertThat(withoutCsrf).isEqualTo(403);
      assertThat(signedOut).isEqualTo(200);
      assertThat(after.get("signed_in").asBoolean()).isFalse();
    });
  }

  @Test
  void signIn_refusesNonJsonBodies() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      HttpResponse<String> r = http.post("/api/session", "name=reviewer", "Content-Type", "text/plain");

      assertThat(r.statusCode()).isIn(400, 415);
    });
  }

  @Test
  void repeatedWrongPasswords_are429_withRetryAfter_evenForTheRightOne() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String wrong = "{\"name\":\"reviewer\",\"password\":\"nope nope nope\"}";
      for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
        assertThat(http.post("/api/session", wrong).statusCode()).isEqualTo(401);
      }

      HttpResponse<String> r = http.post("/api/session",
          "{\"name\":\"reviewer\",\"password\":\"" + ServerFixture.PASSWORD + "\"}");
      JsonNode body = JsonResponses.MAPPER.readTree(r.body());

      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(body.get("status").asInt()).isEqualTo(429);
      assertThat(body.get("error").asText()).startsWith("too many failed sign-ins for account 'reviewer'; try again in");
      assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, SignInThrottle.ACCOUNT_WINDOW.toSeconds());
      assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(http.signIn(ServerFixture.READER, ServerFixture.PASSWORD)).hasSize(2);
    });
  }
}
