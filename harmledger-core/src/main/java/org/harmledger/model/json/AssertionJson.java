package org.harmledger.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Evidence;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * AssertionJson is the one mapping between an Assertion and its JSON form, the shape of the
 * {@code extract} contract in docs/architecture.md. The CLI prints it, the store keeps it, the
 * API serves it; reading it back gives an equal Assertion.
 */
public final class AssertionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AssertionJson() {}

  public static ObjectNode toJson(Assertion a) {
    ObjectNode o = NODES.objectNode();
    o.put("primary", a.primary());
    o.put("event_type", a.eventType());
    o.set("date", date(a.date()));
    o.set("place", place(a.place()));
    o.set("perpetrator", actor(a.perpetrator()));
    o.set("claimant", actor(a.claimant()));
    o.set("killed", casualties(a.killed()));
    o.set("injured", casualties(a.injured()));
    o.set("missing", casualties(a.missing()));
    o.put("toll_may_rise", a.tollMayRise());
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence e : a.evidence()) {
      ObjectNode n = evidence.addObject();
      n.put("field", e.field());
      n.set("span", span(e.span()));
      n.put("text", e.text());
    }
    return o;
  }

  public static Assertion fromJson(JsonNode o) {
    List<Evidence> evidence = new ArrayList<>();
    for (JsonNode e : o.path("evidence")) {
      evidence.add(new Evidence(e.path("field").asText(), readSpan(e.path("span")), e.path("text").asText()));
    }
    return new Assertion(
        o.path("primary").asBoolean(false),
        o.path("event_type").asText(),
        readDate(o.path("date")),
        readPlace(o.path("place")),
        readActor(o.path("perpetrator")),
        readActor(o.path("claimant")),
        readCasualties(o.path("killed")),
        readCasualties(o.path("injured")),
        readCasualties(o.path("missing")),
        o.path("toll_may_rise").asBoolean(false),
        evidence);
  }

  public static JsonNode span(Span span) {
    if (span == null) {
      return NODES.nullNode();
    }
    ArrayNode a = NODES.arrayNode();
    a.add(span.start());
    a.add(span.end());
    return a;
  }

  public static JsonNode date(DateRef d) {
    if (d == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("start", d.start() == null ? null : d.start().toString());
    o.put("end", d.end() == null ? null : d.end().toString());
    o.put("precision", d.precision().code());
    o.put("resolved_from", d.resolvedFrom().code());
    o.put("text", d.text());
    o.set("span", span(d.span()));
    return o;
  }

  public static JsonNode place(PlaceRef p) {
    if (p == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("name", p.name());
    o.put("geonames_id", p.geonamesId());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("admin1", p.admin1());
    o.put("admin2", p.admin2());
    o.put("country", p.country());
    o.put("precision", p.precision());
    o.put("text", p.text());
    o.set("span", span(p.span()));
    return o;
  }

  public static JsonNode actor(ActorRef a) {
    if (a == null) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("actor", a.actorId());
    o.put("name", a.name());
    o.put("text", a.text());
    o.set("span", span(a.span()));
    return o;
  }

  /** Every category of the contract appears; an unreported one is null. */
  public static JsonNode casualties(Casualties c) {
    ObjectNode o = NODES.objectNode();
    for (CasualtyCategory category : CasualtyCategory.values()) {
      Count count = c.get(category);
      if (count == null) {
        o.putNull(category.code());
      } else {
        ObjectNode n = o.putObject(category.code());
        n.put("min", count.min());
        n.put("max", count.max());
        if (count.vague()) {
          n.put("vague", true);
        }
      }
    }
    return o;
  }

  private static Span readSpan(JsonNode n) {
    if (n == null || !n.isArray() || n.size() != 2) {
      return null;
    }
    return new Span(n.get(0).asInt(), n.get(1).asInt());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static DateRef readDate(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    String start = text(n, "start");
    String end = text(n, "end");
    return new DateRef(
        start == null ? null : LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end),
        DatePrecision.valueOf(n.path("precision").asText("unresolved").toUpperCase(Locale.ROOT)),
        DateResolution.valueOf(n.path("resolved_from").asText("unresolved").toUpperCase(Locale.ROOT)),
        text(n, "text"),
        readSpan(n.get("span")));
  }

  private static PlaceRef readPlace(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    JsonNode id = n.get("geonames_id");
    JsonNode lat = n.get("lat");
    JsonNode lon = n.get("lon");
    return new PlaceRef(
        text(n, "name"),
        id == null || id.isNull() ? null : id.asLong(),
        lat == null || lat.isNull() ? null : lat.asDouble(),
        lon == null || lon.isNull() ? null : lon.asDouble(),
        text(n, "admin1"),
        text(n, "admin2"),
        text(n, "country"),
        n.path("precision").asInt(7),
        text(n, "text"),
        readSpan(n.get("span")));
  }

  private static ActorRef readActor(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    return new ActorRef(text(n, "actor"), text(n, "name"), text(n, "text"), readSpan(n.get("span")));
  }

  private static Casualties readCasualties(JsonNode n) {
    Map<CasualtyCategory, Count> counts = new EnumMap<>(CasualtyCategory.class);
    if (n != null && n.isObject()) {
      for (CasualtyCategory category : CasualtyCategory.values()) {
        JsonNode c = n.get(category.code());
        if (c != null && c.isObject()) {
          JsonNode max = c.get("max");
          counts.put(category, new Count(c.path("min").asLong(),
              max == null || max.isNull() ? null : max.asLong(), c.path("vague").asBoolean(false)));
        }
      }
    }
    return new Casualties(counts);
  }
}
