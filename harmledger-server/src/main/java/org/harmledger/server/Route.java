package org.harmledger.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/** A Route is one endpoint of the API: its HTTP method, its path (Javalin's {@code {param}} syntax, as in OpenAPI) and its handler. */
public record Route(HandlerType method, String path, Handler handler) {
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }
}
