package org.harmledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.incidents.IncidentFilter;
import org.harmledger.store.incidents.IncidentPage;

/**
 * The IncidentController answers for incidents from the incident store: the filtered listing
 * (summaries), one incident in full (as stored), and the curation writes (merge, split, grade
 * override), which need a reviewer's session and a reason; the store records each decision in the
 * custody log under the user and re-resolves.
 */
public final class IncidentController {
  private IncidentController() {}

  public static void list(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.requireOrdered(from, to);
    String grade = Params.text(ctx, "grade");
    if (grade != null) {
      grade(grade);
    }
    IncidentFilter filter = new IncidentFilter(from, to, Params.text(ctx, "admin1"), Params.text(ctx, "country"),
        Params.text(ctx, "perpetrator"), Params.text(ctx, "event_type"), grade, Params.nonNegative(ctx, "min_killed"));
    IncidentPage page = s.incidents().list(filter, paging.offset(), paging.limit());
    JsonResponses.send(ctx, JsonResponses.page(page.incidents(), paging, page.total()));
  }

  public static void one(Context ctx) {
    JsonResponses.send(ctx, incident(ctx, ctx.pathParam("id")));
  }

  public static void merge(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.REVIEWER);
    JsonNode body = body(ctx);
    String into = required(body, "into");
    List<String> merged = strings(body, "merged");
    incident(ctx, into);
    for (String id : merged) {
      incident(ctx, id);
    }
    record(ctx, () -> new MergeIncidents(into, merged, session.account().custodyActor(), now(ctx), reason(body)));
    JsonResponses.send(ctx, incident(ctx, into));
  }

  public static void split(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.REVIEWER);
    JsonNode body = body(ctx);
    List<String> assertions = strings(body, "assertions");
    SplitAssertions split = (SplitAssertions) record(ctx, () -> new SplitAssertions(assertions,
        session.account().custodyActor(), now(ctx), reason(body)));
    JsonResponses.send(ctx, incident(ctx, split.newIncidentId()));
  }

  public static void overrideGrade(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.REVIEWER);
    String id = ctx.pathParam("id");
    JsonNode body = body(ctx);
    Grade grade = grade(required(body, "grade"));
    incident(ctx, id);
    record(ctx, () -> new OverrideGrade(id, grade, session.account().custodyActor(), now(ctx), reason(body)));
    JsonResponses.send(ctx, incident(ctx, id));
  }

  private interface DecisionFactory {
    CurationDecision make();
  }

  /** Makes and records a decision; one the store cannot apply (e.g. an unknown assertion) is a 400 with its reason. */
  private static CurationDecision record(Context ctx, DecisionFactory factory) {
    try {
      CurationDecision decision = factory.make();
      HarmLedgerServer.services(ctx).incidents().record(decision);
      return decision;
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  private static ObjectNode incident(Context ctx, String id) {
    return HarmLedgerServer.services(ctx).incidents().find(id)
        .orElseThrow(() -> ApiException.notFound("no incident with id " + id));
  }

  private static Instant now(Context ctx) {
    return HarmLedgerServer.services(ctx).clock().instant();
  }

  private static Grade grade(String code) {
    try {
      return Grade.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "grade '" + code + "' is not one of confirmed, fair, weak, contested, discounted", e);
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = JsonResponses.MAPPER.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw ApiException.badRequest("request body must be a JSON object");
      }
      return body;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiException(400, "request body is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String reason(JsonNode body) {
    return required(body, "reason");
  }

  private static String required(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw ApiException.badRequest("field " + field + " (text) is required");
    }
    return n.asText().strip();
  }

  private static List<String> strings(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw ApiException.badRequest("field " + field + " (a list of ids) is required");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw ApiException.badRequest("field " + field + " must hold only text ids");
      }
      out.add(e.asText());
    }
    return out;
  }
}
