package org.harmledger.store.casefile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.redress.NamedVictimCount;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.Source;

/**
 * CaseIncidentJson writes an incident as a case file holds it: date, place, attribution, grade
 * with the rule and reason, each figure with its explanation, sources, member assertions, and
 * the named victims against the killed figure. It carries no personal data.
 */
final class CaseIncidentJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CaseIncidentJson() {}

  static ObjectNode of(Incident incident, NamedVictimCount named) {
    ObjectNode o = JSON.objectNode();
    o.put("id", incident.id());
    o.put("event_type", incident.eventType());
    o.set("date", date(incident.date()));
    o.set("place", place(incident.place()));
    ObjectNode attribution = o.putObject("attribution");
    attribution.put("perpetrator", incident.attribution().perpetrator());
    attribution.put("status", incident.attribution().status().code());
    ObjectNode grade = o.putObject("grade");
    grade.put("grade", incident.grade().grade().code());
    grade.put("rule", incident.grade().ruleId());
    grade.put("reason", incident.grade().reason());
    o.put("belligerent_response", incident.response().code());
    ArrayNode figures = o.putArray("figures");
    for (Figure f : incident.figures()) {
      ObjectNode fig = figures.addObject();
      fig.put("outcome", f.outcome().code());
      fig.put("category", f.category().code());
      fig.put("low", f.low());
      fig.put("best", f.best());
      fig.put("high", f.high());
      fig.put("rule", f.rule());
      fig.put("explanation", f.explanation());
    }
    ArrayNode sources = o.putArray("sources");
    for (Source s : incident.sources()) {
      ObjectNode src = sources.addObject();
      src.put("key", s.key());
      src.put("publisher", s.publisher().name());
      src.put("partisan", s.partisan());
    }
    ArrayNode members = o.putArray("assertions");
    for (Membership m : incident.members()) {
      members.addObject().put("id", m.assertionId()).put("score", m.score()).put("how", m.how().code());
    }
    o.put("named_victims", named.describe());
    return o;
  }

  private static ObjectNode date(DateRef d) {
    if (d == null) {
      return null;
    }
    ObjectNode o = JSON.objectNode();
    o.put("start", d.start() == null ? null : d.start().toString());
    o.put("end", d.end() == null ? null : d.end().toString());
    o.put("precision", d.precision().code());
    return o;
  }

  private static ObjectNode place(PlaceRef p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = JSON.objectNode();
    o.put("name", p.name());
    o.put("admin1", p.admin1());
    o.put("admin2", p.admin2());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("precision", p.precision());
    return o;
  }
}
