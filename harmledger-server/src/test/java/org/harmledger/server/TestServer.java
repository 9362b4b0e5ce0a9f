package org.harmledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * TestServer runs a test against the real server started on a free port, Javalin-style:
 * {@code TestServer.test(fixture, (app, http) -> ...)} starts, runs, stops.
 */
public final class TestServer {
  /** A test body given the running app and a client for it. */
  @FunctionalInterface
  public interface Body {
    void run(Javalin app, Http http) throws Exception;
  }

  /** Http is a small client bound to the test server's base URL. */
  public static final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
      return base;
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public HttpResponse<byte[]> getBytes(String path) {
      try {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("GET " + path + " failed", e);
      }
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json))
          .header("Content-Type", "application/json"), headers);
    }

    public HttpResponse<String> patch(String path, String json, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"), headers);
    }

    public HttpResponse<String> delete(String path, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    /** Signs in and returns the {@code Cookie} header value and the CSRF token. */
    public List<String> signIn(String name, String password) throws Exception {
      HttpResponse<String> r = post("/api/session", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
      if (r.statusCode() != 200) {
        throw new IllegalStateException("sign-in failed: " + r.body());
      }
      String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      String csrf = JsonResponses.MAPPER.readTree(r.body()).get("csrf_token").asText();
      return List.of(cookie, csrf);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
      for (int i = 0; i < headers.length; i += 2) {
        builder.header(headers[i], headers[i + 1]);
      }
      try {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("request failed", e);
      }
    }
  }

  private TestServer() {}

  /** A response's body read as JSON. */
  public static JsonNode json(HttpResponse<String> response) throws IOException {
    return JsonResponses.MAPPER.readTree(response.body());
  }

  public static void test(ServerFixture fixture, Body body) throws Exception {
    Javalin app = HarmLedgerServer.create(fixture.services()).start(ServerConfig.DEFAULT_HOST, 0);
    try {
      body.run(app, new Http(app.port()));
    } finally {
      app.stop();
    }
  }
}
