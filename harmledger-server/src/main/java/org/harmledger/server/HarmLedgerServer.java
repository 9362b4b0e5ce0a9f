package org.harmledger.server;

import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HarmLedgerServer is the HTTP API and web UI over one ledger: every route is listed in
 * {@link #routes}, errors become {@code {"error": ..., "status": N}}, every answer carries the
 * security headers, request bodies are limited, and the UI with Leaflet is served from the
 * classpath so it works with no internet.
 *
 * <p>Call order: {@link #create} then Javalin's {@code start()}, or {@link #start} for both;
 * {@code stop()} when done.
 */
public final class HarmLedgerServer {
  private static final Key<ServerServices> SERVICES = new Key<>("harmledger.services");
  private static final Key<SignInThrottle> THROTTLE = new Key<>("harmledger.sign-in-throttle");
  private static final String ERROR_SENT = "harmledger.error-sent";
  private static final Logger LOG = LoggerFactory.getLogger(HarmLedgerServer.class);

  private HarmLedgerServer() {}

  /** Every endpoint of the API; the OpenAPI document must describe each GET route here. */
  public static List<Route> routes() {
    return List.of(
        new Route(HandlerType.GET, "/openapi.json", OpenApiController::document),
        new Route(HandlerType.GET, "/api/reports", ReportController::list),
        new Route(HandlerType.GET, "/api/reports/{id}", ReportController::one),
        new Route(HandlerType.GET, "/api/reports/{id}/text", ReportController::text),
        new Route(HandlerType.GET, "/api/reports/{id}/original", ReportController::original),
        new Route(HandlerType.GET, "/api/assertions", AssertionController::list),
        new Route(HandlerType.GET, "/api/assertions/{id}", AssertionController::one),
        new Route(HandlerType.GET, "/api/incidents", IncidentController::list),
        new Route(HandlerType.GET, "/api/incidents/{id}", IncidentController::one),
        new Route(HandlerType.POST, "/api/incidents/merge", IncidentController::merge),
        new Route(HandlerType.POST, "/api/incidents/split", IncidentController::split),
        new Route(HandlerType.POST, "/api/incidents/{id}/grade", IncidentController::overrideGrade),
        new Route(HandlerType.GET, "/api/actors", ActorController::list),
        new Route(HandlerType.GET, "/api/actors/{id}", ActorController::one),
        new Route(HandlerType.GET, "/api/places", PlaceController::lookup),
        new Route(HandlerType.GET, "/api/search", SearchController::search),
        new Route(HandlerType.GET, "/api/messages/{lang}", MessagesController::messages),
        new Route(HandlerType.GET, "/api/victims", VictimController::list),
        new Route(HandlerType.POST, "/api/victims", VictimController::add),
        new Route(HandlerType.GET, "/api/victims/duplicates", VictimController::duplicates),
        new Route(HandlerType.POST, "/api/victims/merge", VictimController::merge),
        new Route(HandlerType.GET, "/api/victims/{id}", VictimController::one),
        new Route(HandlerType.PATCH, "/api/victims/{id}", VictimController::edit),
        new Route(HandlerType.POST, "/api/claimants", ClaimantController::add),
        new Route(HandlerType.GET, "/api/claimants/{id}", ClaimantController::one),
        new Route(HandlerType.PATCH, "/api/claimants/{id}", ClaimantController::edit),
        new Route(HandlerType.GET, "/api/claims", ClaimController::list),
        new Route(HandlerType.POST, "/api/claims", ClaimController::submit),
        new Route(HandlerType.GET, "/api/claims/categories", ClaimController::categories),
        new Route(HandlerType.GET, "/api/claims/{id}", ClaimController::one),
        new Route(HandlerType.POST, "/api/claims/{id}/review", ClaimController::review),
        new Route(HandlerType.POST, "/api/claims/{id}/documents", DocumentController::upload),
        new Route(HandlerType.GET, "/api/claims/{id}/documents/{sha}", DocumentController::download),
        new Route(HandlerType.GET, "/api/flags", ClaimController::flags),
        new Route(HandlerType.POST, "/api/flags/clear", ClaimController::clearFlag),
        new Route(HandlerType.GET, "/api/session", SessionController::current),
        new Route(HandlerType.POST, "/api/session", SessionController::signIn),
        new Route(HandlerType.DELETE, "/api/session", SessionController::signOut));
  }

  /** A server over {@code services}, not yet started. */
  public static Javalin create(ServerServices services) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = services.config().maxBodyBytes();
      config.appData(SERVICES, services);
      config.appData(THROTTLE, new SignInThrottle(services.clock()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(SecurityHeaders::apply);
    for (Route r : routes()) {
      app.addHttpHandler(r.method(), r.path(), r.handler());
    }
    app.exception(ApiException.class, (e, ctx) -> sendError(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> sendError(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      sendError(ctx, 500, "internal error; see the server log");
    });
    app.error(404, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null) {
        sendError(ctx, 404, "no such path " + ctx.path());
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null) {
        sendError(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
      }
    });
    return app;
  }

  /** Creates the server and starts it on the configured interface and port. */
  public static Javalin start(ServerServices services) {
    return create(services).start(services.config().host(), services.config().port());
  }

  static ServerServices services(Context ctx) {
    return ctx.appData(SERVICES);
  }

  static SignInThrottle signInThrottle(Context ctx) {
    return ctx.appData(THROTTLE);
  }

  private static void sendError(Context ctx, int status, String message) {
    ctx.attribute(ERROR_SENT, true);
    ctx.status(status).json(JsonResponses.error(status, message));
  }
}
