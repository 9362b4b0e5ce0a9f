package org.harmledger.server.incidents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmledger.model.json.AssertionJson;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.Source;
import org.harmledger.resolve.SourceFigure;

/**
 * IncidentView writes an incident as the API's JSON: the summary a listing needs, and in full the
 * sources, every figure with how it was chosen and the toll over time, the grade and why, the
 * member assertions and the decisions that shaped it. Member ids are {@code <report sha>:<index>},
 * so each source links to its report.
 */
public final class IncidentView {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IncidentView() {}

  /** The fields a list or a map marker needs. */
  public static ObjectNode summary(Incident i) {
    ObjectNode o = NODES.objectNode();
    o.put("id", i.id());
    o.put("event_type", i.eventType());
    o.set("date", AssertionJson.date(i.date()));
    o.set("place", AssertionJson.place(i.place()));
    o.putObject("attribution")
        .put("perpetrator", i.attribution().perpetrator())
        .put("status", i.attribution().status().code());
    o.put("killed", IncidentQuery.killed(i));
    o.put("grade", i.grade().grade().code());
    o.put("source_count", i.sources().size());
    o.put("assertion_count", i.members().size());
    return o;
  }

  public static ObjectNode full(Incident i) {
    ObjectNode o = summary(i);
    ObjectNode named = ((ObjectNode) o.get("attribution")).putObject("named");
    i.attribution().named().forEach(named::put);
    o.putObject("grade_assessment")
        .put("grade", i.grade().grade().code())
        .put("rule", i.grade().ruleId())
        .put("reason", i.grade().reason());
    o.put("response", i.response().code());
    ArrayNode figures = o.putArray("figures");
    for (Figure f : i.figures()) {
      ObjectNode n = figures.addObject()
          .put("outcome", f.outcome().code())
          .put("category", f.category().code())
          .put("low", f.low())
          .put("best", f.best())
          .put("rule", f.rule())
          .put("explanation", f.explanation());
      if (f.high() == null) {
        n.putNull("high");
      } else {
        n.put("high", f.high());
      }
      ArrayNode history = n.putArray("history");
      f.history().forEach(s -> history.add(sourceFigure(s)));
    }
    ArrayNode members = o.putArray("members");
    for (Membership m : i.members()) {
      members.addObject()
          .put("assertion", m.assertionId())
          .put("report", m.assertionId().substring(0, m.assertionId().indexOf(':')))
          .put("score", m.score())
          .put("how", m.how().code());
    }
    ArrayNode sources = o.putArray("sources");
    for (Source s : i.sources()) {
      sources.addObject().put("key", s.key()).put("publisher", s.publisher().name()).put("partisan", s.partisan())
          .put("side", s.side());
    }
    ArrayNode history = o.putArray("history");
    for (CurationDecision d : i.history()) {
      history.add(d.describe());
    }
    return o;
  }

  private static ObjectNode sourceFigure(SourceFigure s) {
    ObjectNode n = NODES.objectNode()
        .put("source", s.sourceKey())
        .put("publisher", s.publisher())
        .put("assertion", s.assertionId())
        .put("published", s.published() == null ? null : s.published().toString())
        .put("min", s.count().min())
        .put("partisan", s.partisan());
    if (s.count().max() == null) {
      n.putNull("max");
    } else {
      n.put("max", s.count().max());
    }
    return n;
  }
}
