package org.harmledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.accounts.Session;

/**
 * The SessionController signs people in and out. Sign-in answers with the CSRF token the page
 * must send with every write and sets the session cookie (HttpOnly, SameSite=Strict, Secure);
 * the token itself never appears in a body or a log. Sign-in attempts go through the
 * {@link SignInThrottle}: too many from one address, or too many failures for one account, answer
 * 429 with a {@code Retry-After} header.
 */
public final class SessionController {
  private SessionController() {}

  /** Who is signed in, with the CSRF token; {@code {"signed_in": false}} for the public. */
  public static void current(Context ctx) {
    Optional<Session> session = Auth.session(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.json(session.map(SessionController::json).orElseGet(() -> JsonResponses.NODES.objectNode()
        .put("signed_in", false)));
  }

  public static void signIn(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.startsWith("application/json")) {
      throw new ApiException(415, "request body must be application/json, not " + type);
    }
    JsonNode body;
    try {
      body = JsonResponses.MAPPER.readTree(ctx.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiException(400, "request body is not JSON: " + e.getOriginalMessage(), e);
    }
    String name = body == null ? "" : body.path("name").asText("");
    String password = body == null ? "" : body.path("password").asText("");
    if (name.isEmpty() || password.isEmpty()) {
      throw ApiException.badRequest("fields name and password are required");
    }
    SignInThrottle throttle = HarmLedgerServer.signInThrottle(ctx);
    Optional<SignInThrottle.Refusal> refusal = throttle.admit(ctx.ip(), name);
    if (refusal.isPresent()) {
      ctx.header("Retry-After", Long.toString(refusal.get().retryAfterSeconds()));
      throw new ApiException(429, refusal.get().reason());
    }
    Optional<Session> signedIn = HarmLedgerServer.services(ctx).accounts().signIn(name, password.toCharArray());
    if (signedIn.isEmpty()) {
      throttle.failed(name);
      throw new ApiException(401, "wrong name or password");
    }
    throttle.succeeded(name);
    Session session = signedIn.get();
    Auth.setCookie(ctx, session.token(), (int) AccountStore.SESSION_TTL.toSeconds());
    ctx.header("Cache-Control", "no-store");
    ctx.json(json(session));
  }

  public static void signOut(Context ctx) {
    Session session = Auth.session(ctx).orElseThrow(() -> new ApiException(401, "not signed in"));
    if (!AccountStore.csrfMatches(session, ctx.header(Auth.CSRF_HEADER))) {
      throw new ApiException(403, "missing or wrong " + Auth.CSRF_HEADER + " header");
    }
    HarmLedgerServer.services(ctx).accounts().signOut(session.token());
    Auth.setCookie(ctx, "", 0);
    ctx.json(JsonResponses.NODES.objectNode().put("signed_in", false));
  }

  private static ObjectNode json(Session s) {
    return JsonResponses.NODES.objectNode()
        .put("signed_in", true)
        .put("name", s.account().name())
        .put("role", s.account().role().code())
        .put("csrf_token", s.csrfToken())
        .put("expires_at", s.expiresAt().toString());
  }
}
