package org.harmledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * IncidentView prints one incident's full JSON for people: what, when, where, who, grade with
 * its reason and the belligerent response; each figure with low/best/high, rule and
 * explanation; the sources side by side with the figure each gave; the toll over time; the
 * member assertions with why they joined; and the curation history.
 */
final class IncidentView {
  private IncidentView() {}

  static void print(PrintWriter out, JsonNode i) {
    out.println("incident " + i.path("id").asText());
    field(out, "event", i.path("event_type").asText());
    JsonNode d = i.path("date");
    field(out, "date", d.isNull() ? "unknown" : range(d) + " (" + d.path("precision").asText() + ")");
    field(out, "place", place(i.path("place")));
    JsonNode p = i.path("perpetrator");
    field(out, "perpetrator", p.path("actor").isNull() ? "unknown" : p.path("actor").asText() + " ("
        + p.path("name").asText() + "), " + p.path("status").asText() + "; named by independent sources: "
        + p.path("named") + ", of them non-partisan: " + p.path("named_by_non_partisan") + " (rule "
        + p.path("rule").asText() + ")");
    JsonNode g = i.path("grade");
    field(out, "grade", g.path("grade").asText() + " (" + g.path("rule").asText() + "): " + g.path("reason").asText());
    field(out, "response", i.path("belligerent_response").asText());
    out.println("figures:");
    List<JsonNode> toll = new ArrayList<>();
    forEachFigure(i, (name, f) -> {
      out.println("  " + name + ": low " + f.path("low").asText() + ", best " + f.path("best").asText() + ", high "
          + (f.path("high").isNull() ? "open" : f.path("high").asText()) + " (rule " + f.path("rule").asText() + ")");
      out.println("    " + f.path("explanation").asText());
      f.path("history").forEach(h -> toll.add(withName(h, name)));
    });
    out.println("sources:");
    out.printf("  %-36s  %-10s  %-12s  %-22s  %s%n", "publisher", "published", "standing", "family", "killed");
    for (JsonNode s : i.path("sources")) {
      String standing = s.path("partisan").asBoolean() ? "partisan"
          : s.path("independent").asBoolean() ? "independent" : "same source";
      out.printf("  %-36s  %-10s  %-12s  %-22s  %s%n", s.path("publisher").asText("-"), s.path("published").asText("-"),
          standing, s.path("family").asText(), killedBy(i, s.path("report_id").asText()));
    }
    out.println("toll over time:");
    toll.sort(Comparator.comparing((JsonNode h) -> h.path("date").asText("")));
    for (JsonNode h : toll) {
      out.println("  " + h.path("date").asText("undated") + "  " + h.path("figure_name").asText() + " "
          + count(h.path("figure")) + "  " + h.path("publisher").asText("-") + (h.path("partisan").asBoolean()
          ? " (partisan)" : ""));
    }
    out.println("assertions:");
    for (JsonNode m : i.path("members")) {
      out.println("  " + m.path("assertion_id").asText() + " " + m.path("how").asText() + ": "
          + m.path("explanation").asText("-"));
    }
    if (!i.path("history").isEmpty()) {
      out.println("history:");
      i.path("history").forEach(h -> out.println("  " + h.path("description").asText()));
    }
  }

  private static String killedBy(JsonNode incident, String reportId) {
    for (String category : List.of("total", "civilians")) {
      JsonNode f = incident.path("figures").path("killed").path(category);
      String latest = null;
      for (JsonNode h : f.path("history")) {
        if (reportId.equals(h.path("report_id").asText())) {
          latest = count(h.path("figure"));
        }
      }
      if (latest != null) {
        return latest + " " + category;
      }
    }
    return "-";
  }

  private static void forEachFigure(JsonNode i, BiConsumer<String, JsonNode> action) {
    for (Iterator<Map.Entry<String, JsonNode>> outcomes = i.path("figures").fields(); outcomes.hasNext();) {
      Map.Entry<String, JsonNode> outcome = outcomes.next();
      for (Iterator<Map.Entry<String, JsonNode>> cats = outcome.getValue().fields(); cats.hasNext();) {
        Map.Entry<String, JsonNode> c = cats.next();
        action.accept(outcome.getKey() + " " + c.getKey(), c.getValue());
      }
    }
  }

  private static JsonNode withName(JsonNode h, String name) {
    return ((ObjectNode) h.deepCopy()).put("figure_name", name);
  }

  private static String count(JsonNode c) {
    String min = c.path("min").asText();
    if (c.path("max").isNull()) {
      return min + "+";
    }
    return min.equals(c.path("max").asText()) ? min : min + "-" + c.path("max").asText();
  }

  private static String range(JsonNode d) {
    String start = d.path("start").asText("?");
    String end = d.path("end").asText("?");
    return start.equals(end) ? start : start + ".." + end;
  }

  private static String place(JsonNode p) {
    if (p.isNull() || p.isMissingNode()) {
      return "unknown";
    }
    StringBuilder sb = new StringBuilder(p.path("name").asText("?"));
    for (String f : List.of("admin2", "admin1", "country")) {
      if (!p.path(f).isNull() && !p.path(f).isMissingNode()) {
        sb.append(", ").append(p.path(f).asText());
      }
    }
    sb.append(" (where_prec ").append(p.path("precision").asText());
    if (p.path("lat").isNumber()) {
      sb.append("; ").append(p.path("lat").asText()).append(", ").append(p.path("lon").asText());
    }
    return sb.append(')').toString();
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf("  %-12s %s%n", name + ":", value);
  }
}
