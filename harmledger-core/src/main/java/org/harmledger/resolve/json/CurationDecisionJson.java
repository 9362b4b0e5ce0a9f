package org.harmledger.resolve.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.MoveAssertion;
import org.harmledger.resolve.Outcome;
import org.harmledger.resolve.OverrideFigure;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;

/**
 * CurationDecisionJson is the JSON form of a CurationDecision: a {@code kind} (merge, split,
 * move, grade, figure), the decision's own fields, and actor, at and reason. It reads back what
 * it writes, so decisions can be stored and replayed on every resolution run.
 */
public final class CurationDecisionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CurationDecisionJson() {}

  /** The kind code of a decision: merge, split, move, grade or figure. */
  public static String kind(CurationDecision d) {
    if (d instanceof MergeIncidents) {
      return "merge";
    } else if (d instanceof SplitAssertions) {
      return "split";
    } else if (d instanceof MoveAssertion) {
      return "move";
    } else if (d instanceof OverrideGrade) {
      return "grade";
    }
    return "figure";
  }

  public static ObjectNode toJson(CurationDecision d) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", kind(d));
    if (d instanceof MergeIncidents m) {
      o.put("into", m.into());
      ArrayNode merged = o.putArray("merged");
      m.merged().forEach(merged::add);
    } else if (d instanceof SplitAssertions s) {
      ArrayNode ids = o.putArray("assertion_ids");
      s.assertionIds().forEach(ids::add);
      o.put("new_incident", s.newIncidentId());
    } else if (d instanceof MoveAssertion m) {
      o.put("assertion_id", m.assertionId());
      o.put("to", m.toIncident());
    } else if (d instanceof OverrideGrade g) {
      o.put("incident", g.incidentId());
      o.put("grade", g.grade().code());
    } else if (d instanceof OverrideFigure f) {
      o.put("incident", f.incidentId());
      o.put("figure", f.outcome().code() + "." + f.category().code());
      o.put("low", f.low());
      o.put("best", f.best());
      o.put("high", f.high());
    }
    o.put("actor", d.actor());
    o.put("at", d.at().toString());
    o.put("reason", d.reason());
    o.put("description", d.describe());
    return o;
  }

  /**
   * Reads a decision written by {@link #toJson}.
   *
   * @throws IllegalArgumentException naming the field when the JSON is not a decision
   */
  public static CurationDecision fromJson(JsonNode o) {
    String kind = required(o, "kind");
    String actor = required(o, "actor");
    Instant at;
    try {
      at = Instant.parse(required(o, "at"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("curation decision: 'at' is not an instant: " + o.path("at").asText(), e);
    }
    String reason = required(o, "reason");
    switch (kind) {
      case "merge":
        return new MergeIncidents(required(o, "into"), strings(o.path("merged")), actor, at, reason);
      case "split":
        return new SplitAssertions(strings(o.path("assertion_ids")), actor, at, reason);
      case "move":
        return new MoveAssertion(required(o, "assertion_id"), required(o, "to"), actor, at, reason);
      case "grade":
        return new OverrideGrade(required(o, "incident"), Grade.fromCode(required(o, "grade")), actor, at, reason);
      case "figure":
        String[] figure = figure(required(o, "figure"));
        return new OverrideFigure(required(o, "incident"), outcome(figure[0]), category(figure[1]),
            o.path("low").asLong(), o.path("best").asLong(), o.path("high").isNull() ? null : o.path("high").asLong(),
            actor, at, reason);
      default:
        throw new IllegalArgumentException("curation decision: unknown kind '" + kind + "'");
    }
  }

  /**
   * Splits a figure name such as {@code killed.total} into outcome and category codes.
   *
   * @throws IllegalArgumentException with the expected form when the name is not a figure
   */
  public static String[] figure(String name) {
    String[] parts = name.trim().toLowerCase(Locale.ROOT).split("\\.");
    if (parts.length != 2) {
      throw new IllegalArgumentException("figure '" + name + "' is not OUTCOME.CATEGORY, e.g. killed.total");
    }
    outcome(parts[0]);
    category(parts[1]);
    return parts;
  }

  public static Outcome outcome(String code) {
    for (Outcome o : Outcome.values()) {
      if (o.code().equals(code)) {
        return o;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not an outcome (killed, injured)");
  }

  public static CasualtyCategory category(String code) {
    for (CasualtyCategory c : CasualtyCategory.values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not a casualty category (total, civilians, children, "
        + "women, men, combatants)");
  }

  private static String required(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new IllegalArgumentException("curation decision: missing '" + field + "'");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
