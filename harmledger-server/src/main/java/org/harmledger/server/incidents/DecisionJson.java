package org.harmledger.server.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;

/**
 * DecisionJson writes and reads the curation decisions the web application makes (merge, split,
 * grade override) as the details of their custody entries, so the custody log is both the audit
 * trail and the record the decisions are re-applied from.
 */
public final class DecisionJson {
  static final String KEY = "decision";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionJson() {}

  public static ObjectNode toJson(CurationDecision d) {
    ObjectNode o = NODES.objectNode();
    if (d instanceof MergeIncidents m) {
      o.put(KEY, "merge").put("into", m.into());
      strings(o.putArray("merged"), m.merged());
    } else if (d instanceof SplitAssertions s) {
      o.put(KEY, "split");
      strings(o.putArray("assertions"), s.assertionIds());
    } else if (d instanceof OverrideGrade g) {
      o.put(KEY, "grade").put("incident", g.incidentId()).put("grade", g.grade().code());
    } else {
      throw new IllegalArgumentException("the web application does not record " + d.getClass().getSimpleName());
    }
    return o.put("actor", d.actor()).put("at", d.at().toString()).put("reason", d.reason());
  }

  /** The decision in {@code o}, or null when {@code o} holds none (an ordinary custody entry). */
  public static CurationDecision fromJson(JsonNode o) {
    String kind = o.path(KEY).asText("");
    String actor = o.path("actor").asText();
    Instant at = Instant.parse(o.path("at").asText());
    String reason = o.path("reason").asText();
    switch (kind) {
      case "merge":
        return new MergeIncidents(o.path("into").asText(), strings(o.path("merged")), actor, at, reason);
      case "split":
        return new SplitAssertions(strings(o.path("assertions")), actor, at, reason);
      case "grade":
        return new OverrideGrade(o.path("incident").asText(), Grade.fromCode(o.path("grade").asText()), actor, at,
            reason);
      default:
        return null;
    }
  }

  /** Whether a custody entry's details hold a decision, checked before parsing them in full. */
  static boolean mayHold(String details) {
    return details.contains("\"" + KEY + "\"");
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
