package org.harmledger.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenApiController serves the hand-written OpenAPI 3 document of the API, {@code openapi.json}. */
public final class OpenApiController {
  static final String RESOURCE = "/openapi.json";
  private static final byte[] DOCUMENT = load();

  private OpenApiController() {}

  public static void document(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(DOCUMENT);
  }

  private static byte[] load() {
    try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
