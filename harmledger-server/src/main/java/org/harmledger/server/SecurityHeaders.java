package org.harmledger.server;

import io.javalin.http.Context;

/**
 * SecurityHeaders sets the headers every answer carries: a content security policy that allows
 * only this server's own scripts, styles, images and data (the UI works offline and loads nothing
 * from elsewhere), no framing, no MIME sniffing, no referrer.
 */
public final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
  }
}
