package org.harmledger.resolve.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Sha256;
import org.harmledger.model.json.AssertionJson;
import org.harmledger.resolve.Attribution;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.FieldAgreement;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.MatchExplanation;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.Outcome;
import org.harmledger.resolve.PartyRelations;
import org.harmledger.resolve.PublisherRegistry;
import org.harmledger.resolve.Source;
import org.harmledger.resolve.SourceFigure;
import org.harmledger.resolve.SourceIndependence;
import org.harmledger.resolve.SourcedAssertion;

/**
 * IncidentJson is the JSON form of an Incident, as the store keeps it and the CLI and server show
 * it: id, event type, date, place, perpetrator, figures (low, best, high, rule, explanation, the
 * sources used and the toll over time), grade with reason, the belligerent response, sources per
 * report (publisher, family, alignment, independent or partisan), members with the reason each
 * joined, and the curation history. The full form needs the member assertions (for report ids,
 * publishers and match explanations); {@link #toJson(Incident)} renders what the incident alone
 * holds. {@link #summary} is the compact form for lists. Thread-safe.
 */
public final class IncidentJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final IncidentResolver resolver;
  private final SourceIndependence independence;

  public IncidentJson(IncidentResolver resolver, SourceIndependence independence) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.independence = Objects.requireNonNull(independence, "independence");
  }

  /** The JSON form over the registries shipped with Harm Ledger. */
  public static IncidentJson loadDefault() {
    return new IncidentJson(IncidentResolver.loadDefault(),
        new SourceIndependence(PublisherRegistry.loadDefault(), PartyRelations.loadDefault()));
  }

  /**
   * The full JSON of an incident; {@code assertions} must hold every member (by assertion id).
   *
   * @throws IllegalArgumentException naming the member when one is missing
   */
  public ObjectNode toJson(Incident incident, Map<String, SourcedAssertion> assertions) {
    List<SourcedAssertion> members = new ArrayList<>();
    for (String id : incident.assertionIds()) {
      SourcedAssertion a = assertions.get(id);
      if (a == null) {
        throw new IllegalArgumentException("incident " + incident.id() + ": member assertion " + id + " not given");
      }
      members.add(a);
    }
    ObjectNode o = base(incident, perpetratorName(incident, members));
    o.set("sources", sources(members, independence.sourcesOf(members)));
    o.set("members", members(incident, members));
    o.set("history", history(incident));
    return o;
  }

  /**
   * The JSON of an incident from the incident alone: sources by family without report ids, and
   * members without explanations.
   */
  public static ObjectNode toJson(Incident incident) {
    ObjectNode o = base(incident, incident.attribution().perpetrator());
    ArrayNode sources = o.putArray("sources");
    for (Source s : incident.sources()) {
      ObjectNode n = sources.addObject();
      n.putNull("report_id");
      n.put("publisher", s.publisher().name());
      n.put("family", s.key());
      n.put("alignment", s.publisher().alignment());
      n.put("independent", !s.partisan());
      n.put("partisan", s.partisan());
      n.putNull("published");
      n.putArray("assertion_ids");
    }
    ArrayNode members = o.putArray("members");
    for (Membership m : incident.members()) {
      ObjectNode n = members.addObject();
      n.put("assertion_id", m.assertionId());
      n.put("report_id", reportOf(m.assertionId()));
      n.put("score", m.score());
      n.put("how", m.how().code());
      n.putNull("explanation");
    }
    o.set("history", history(incident));
    return o;
  }

  /**
   * The compact form for lists: id, event type, date, place, perpetrator and status, grade, the
   * killed and injured totals (low, best, high; null when not reported), and counts of sources
   * and member assertions. It is built from a full JSON so a stored incident needs no re-resolving.
   */
  public static ObjectNode summary(JsonNode full) {
    ObjectNode o = NODES.objectNode();
    o.put("id", full.path("id").asText());
    o.put("event_type", full.path("event_type").asText());
    o.set("date", full.path("date").deepCopy());
    ObjectNode place = o.putObject("place");
    for (String f : List.of("name", "admin1", "admin2", "country", "lat", "lon", "precision")) {
      place.set(f, full.path("place").path(f).deepCopy());
    }
    o.set("perpetrator", full.path("perpetrator").path("actor").deepCopy());
    o.set("attribution", full.path("perpetrator").path("status").deepCopy());
    o.set("grade", full.path("grade").path("grade").deepCopy());
    o.set("killed", total(full.path("figures").path("killed")));
    o.set("injured", total(full.path("figures").path("injured")));
    o.put("sources", full.path("sources").size());
    o.put("assertions", full.path("members").size());
    return o;
  }

  private static JsonNode total(JsonNode outcome) {
    JsonNode f = outcome.path("total");
    if (f.isMissingNode() || f.isNull()) {
      f = outcome.path("civilians");
    }
    if (f.isMissingNode() || f.isNull()) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.set("low", f.path("low").deepCopy());
    o.set("best", f.path("best").deepCopy());
    o.set("high", f.path("high").deepCopy());
    return o;
  }

  private static ObjectNode base(Incident incident, String perpetratorName) {
    ObjectNode o = NODES.objectNode();
    o.put("id", incident.id());
    o.put("founder_assertion_id", incident.founderAssertionId());
    o.put("event_type", incident.eventType());
    o.set("date", date(incident.date()));
    o.set("place", place(incident.place()));
    ObjectNode perpetrator = o.putObject("perpetrator");
    perpetrator.put("actor", incident.attribution().perpetrator());
    perpetrator.put("name", perpetratorName);
    perpetrator.put("status", incident.attribution().status().code());
    ObjectNode named = perpetrator.putObject("named");
    new TreeMap<>(incident.attribution().named()).forEach(named::put);
    ObjectNode nonPartisan = perpetrator.putObject("named_by_non_partisan");
    incident.attribution().nonPartisan().forEach(nonPartisan::put);
    perpetrator.put("rule", Attribution.RULE);
    o.set("figures", figures(incident));
    ObjectNode grade = o.putObject("grade");
    grade.put("grade", incident.grade().grade().code());
    grade.put("rule", incident.grade().ruleId());
    grade.put("reason", incident.grade().reason());
    o.put("belligerent_response", incident.response().code());
    return o;
  }

  /** An incident's date as an assertion writes one, without the text and span no one report gives it. */
  private static JsonNode date(DateRef d) {
    return withOnly(AssertionJson.date(d), "start", "end", "precision");
  }

  /** An incident's place as an assertion writes one, without the text, span and gazetteer id. */
  private static JsonNode place(PlaceRef p) {
    return withOnly(AssertionJson.place(p), "name", "admin1", "admin2", "country", "lat", "lon", "precision");
  }

  private static JsonNode withOnly(JsonNode node, String... fields) {
    if (node.isObject()) {
      ((ObjectNode) node).retain(fields);
    }
    return node;
  }

  private static ObjectNode figures(Incident incident) {
    ObjectNode o = NODES.objectNode();
    for (Outcome outcome : Outcome.values()) {
      ObjectNode byCategory = o.putObject(outcome.code());
      for (CasualtyCategory category : CasualtyCategory.values()) {
        incident.figure(outcome, category).ifPresent(f -> byCategory.set(category.code(), figure(f)));
      }
    }
    return o;
  }

  private static ObjectNode figure(Figure f) {
    ObjectNode o = NODES.objectNode();
    o.put("low", f.low());
    o.put("best", f.best());
    o.put("high", f.high());
    o.put("rule", f.rule());
    o.put("explanation", f.explanation());
    o.put("note", f.note());
    o.set("sources", sourceFigures(f.used()));
    o.set("history", sourceFigures(f.history()));
    return o;
  }

  private static ArrayNode sourceFigures(List<SourceFigure> figures) {
    ArrayNode a = NODES.arrayNode();
    for (SourceFigure sf : figures) {
      ObjectNode n = a.addObject();
      n.put("report_id", reportOf(sf.assertionId()));
      n.put("assertion_id", sf.assertionId());
      n.put("publisher", sf.publisher());
      n.put("source", sf.sourceKey());
      ObjectNode count = n.putObject("figure");
      count.put("min", sf.count().min());
      count.put("max", sf.count().max());
      n.put("date", sf.published() == null ? null : sf.published().toString());
      n.put("partisan", sf.partisan());
    }
    return a;
  }

  /** One entry per report, in member order: the first report of a family is its independent voice. */
  private static ArrayNode sources(List<SourcedAssertion> members, Map<String, Source> sourceOf) {
    Map<String, ObjectNode> byReport = new LinkedHashMap<>();
    Set<String> voices = new HashSet<>();
    for (SourcedAssertion a : members) {
      Source s = sourceOf.get(a.assertionId());
      ObjectNode n = byReport.computeIfAbsent(a.reportId().hex(), id -> {
        ObjectNode x = NODES.objectNode();
        x.put("report_id", id);
        x.put("publisher", a.report().publisher());
        x.put("family", s.key());
        x.put("alignment", s.publisher().alignment());
        x.put("independent", !s.partisan() && a.republicationOf() == null && voices.add(s.key()));
        x.put("partisan", s.partisan());
        x.put("republication_of", a.republicationOf() == null ? null : a.republicationOf().hex());
        x.put("published", a.report().published() == null ? null : a.report().published().toString());
        x.putArray("assertion_ids");
        return x;
      });
      ((ArrayNode) n.get("assertion_ids")).add(a.assertionId());
    }
    ArrayNode out = NODES.arrayNode();
    byReport.values().forEach(out::add);
    return out;
  }

  private ArrayNode members(Incident incident, List<SourcedAssertion> members) {
    // A member is explained by its report's account and the founder's, so each explanation reads those two reports only.
    Map<Sha256, List<SourcedAssertion>> byReport = new HashMap<>();
    SourcedAssertion founder = null;
    for (SourcedAssertion a : members) {
      byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a);
      founder = a.assertionId().equals(incident.founderAssertionId()) ? a : founder;
    }
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < members.size(); i++) {
      Membership m = incident.members().get(i);
      List<SourcedAssertion> reports = new ArrayList<>(byReport.get(members.get(i).reportId()));
      if (founder != null && !founder.reportId().equals(members.get(i).reportId())) {
        reports.addAll(byReport.get(founder.reportId()));
      }
      ObjectNode n = out.addObject();
      n.put("assertion_id", m.assertionId());
      n.put("report_id", reportOf(m.assertionId()));
      n.put("score", m.score());
      n.put("how", m.how().code());
      n.put("explanation", explain(incident, m, reports));
    }
    return out;
  }

  /** The resolver's explanation in words: the rule that brought the member, or its comparison with the founder. */
  private String explain(Incident incident, Membership m, List<SourcedAssertion> reports) {
    MatchExplanation e = resolver.explain(incident, m.assertionId(), reports);
    StringBuilder sb = new StringBuilder(m.how() == Membership.How.CURATED ? "placed here by a curator; " : "");
    boolean compared = (m.how() == Membership.How.MATCHED || m.how() == Membership.How.CURATED)
        && !incident.founderAssertionId().equals(m.assertionId());
    if (!compared) {
      return sb.append(e.fields().get(0).rule()).toString();
    }
    sb.append(e.matched() ? "matched" : "not compatible with").append(" the founding assertion (score ")
        .append(String.format(Locale.ROOT, "%.2f", e.score())).append("): ");
    for (int i = 0; i < e.fields().size(); i++) {
      FieldAgreement f = e.fields().get(i);
      sb.append(i == 0 ? "" : "; ").append(f.field()).append(' ').append(f.compatible() ? "agrees" : "differs")
          .append(" (").append(f.rule()).append(')');
    }
    return sb.toString();
  }

  /** The incident's decisions as the resolver lists them, oldest first. */
  private static ArrayNode history(Incident incident) {
    ArrayNode out = NODES.arrayNode();
    for (CurationDecision d : incident.history()) {
      out.add(CurationDecisionJson.toJson(d));
    }
    return out;
  }

  private static String perpetratorName(Incident incident, List<SourcedAssertion> members) {
    String id = incident.attribution().perpetrator();
    if (id == null) {
      return null;
    }
    for (SourcedAssertion a : members) {
      if (a.assertion().perpetrator() != null && id.equals(a.assertion().perpetrator().actorId())) {
        return a.assertion().perpetrator().name();
      }
    }
    return id;
  }

  private static String reportOf(String assertionId) {
    int colon = assertionId.lastIndexOf(':');
    return colon < 0 ? null : assertionId.substring(0, colon);
  }
}
