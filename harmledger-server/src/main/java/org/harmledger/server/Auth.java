package org.harmledger.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;

/**
 * Auth finds the session a request belongs to (from its HttpOnly cookie) and guards writes: a
 * write needs a live session whose role allows it, a JSON body, and the session's CSRF token in
 * the {@value #CSRF_HEADER} header.
 */
public final class Auth {
  public static final String COOKIE = "hl_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private Auth() {}

  public static Optional<Session> session(Context ctx) {
    return HarmLedgerServer.services(ctx).accounts().session(ctx.cookie(COOKIE));
  }

  /**
   * The session allowed to make this write.
   *
   * @throws ApiException 401 without a session, 403 for a missing or wrong CSRF token or a role
   *     below {@code needed}, 415 for a body that is not JSON
   */
  public static Session requireWrite(Context ctx, Role needed) {
    Session session = session(ctx).orElseThrow(() -> new ApiException(401, "sign in first"));
    if (!AccountStore.csrfMatches(session, ctx.header(CSRF_HEADER))) {
      throw new ApiException(403, "missing or wrong " + CSRF_HEADER + " header");
    }
    if (!session.account().role().allows(needed)) {
      throw new ApiException(403, "role " + session.account().role().code() + " may not do this; it needs "
          + needed.code());
    }
    String type = ctx.contentType();
    if (type == null || !type.startsWith("application/json")) {
      throw new ApiException(415, "request body must be application/json, not " + type);
    }
    return session;
  }

  static void setCookie(Context ctx, String token, int maxAgeSeconds) {
    Cookie cookie = new Cookie(COOKIE, token, "/", maxAgeSeconds,
        HarmLedgerServer.services(ctx).config().secureCookies(), 0, true, null, null, SameSite.STRICT);
    ctx.cookie(cookie);
  }
}
