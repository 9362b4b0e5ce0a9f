package org.harmledger.store.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.resolve.json.IncidentJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * An IncidentWriter replaces the incident tables with the incidents of one resolution run: each
 * incident's indexed columns and JSON (full and summary), its members, its sources per report and
 * its figures. It writes through the caller's handle, so the replacement commits as a whole.
 */
final class IncidentWriter {
  private final Handle handle;
  private final IncidentJson json;

  IncidentWriter(Handle handle, IncidentJson json) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.json = Objects.requireNonNull(json, "json");
  }

  void replace(List<Incident> incidents, Map<String, SourcedAssertion> byId) {
    for (String table : List.of("incident_figures", "incident_sources", "incident_members", "incidents")) {
      handle.execute("DELETE FROM " + table);
    }
    PreparedBatch rows = handle.prepareBatch("INSERT INTO incidents (id, event_type, date_start, date_end, place_name, "
        + "admin1, admin1_key, country, lat, lon, perpetrator, grade, killed_best, list_order, summary_json, incident_json) "
        + "VALUES (:id, :eventType, :dateStart, :dateEnd, :placeName, :admin1, :admin1Key, :country, :lat, :lon, "
        + ":perpetrator, :grade, :killedBest, :listOrder, :summary, :json)");
    PreparedBatch members = handle.prepareBatch("INSERT INTO incident_members (assertion_id, incident_id, report_id, "
        + "score, how) VALUES (:assertion, :incident, :report, :score, :how)");
    PreparedBatch sources = handle.prepareBatch("INSERT INTO incident_sources (incident_id, report_id, publisher, "
        + "family, independent, partisan, published) VALUES (:incident, :report, :publisher, :family, :independent, "
        + ":partisan, :published)");
    PreparedBatch figures = handle.prepareBatch("INSERT INTO incident_figures (incident_id, outcome, category, low, "
        + "best, high, rule) VALUES (:incident, :outcome, :category, :low, :best, :high, :rule)");
    for (Incident i : incidents) {
      ObjectNode full = json.toJson(i, byId);
      ObjectNode summary = IncidentJson.summary(full);
      JsonNode place = full.path("place");
      JsonNode killed = summary.path("killed");
      rows.bind("id", i.id())
          .bind("eventType", i.eventType())
          .bind("dateStart", i.date() == null || i.date().start() == null ? null : i.date().start().toString())
          .bind("dateEnd", i.date() == null || i.date().end() == null ? null : i.date().end().toString())
          .bind("placeName", i.place() == null ? null : i.place().name())
          .bind("admin1", i.place() == null ? null : i.place().admin1())
          .bind("admin1Key", i.place() == null ? null : IncidentStore.lower(i.place().admin1()))
          .bind("country", i.place() == null || i.place().country() == null ? null
              : i.place().country().toUpperCase(Locale.ROOT))
          .bind("listOrder", listOrder(i))
          .bind("lat", place.path("lat").isNumber() ? place.path("lat").asDouble() : null)
          .bind("lon", place.path("lon").isNumber() ? place.path("lon").asDouble() : null)
          .bind("perpetrator", i.attribution().perpetrator())
          .bind("grade", i.grade().grade().code())
          .bind("killedBest", killed.isNull() ? null : killed.path("best").asLong())
          .bind("summary", summary.toString())
          .bind("json", full.toString())
          .add();
      for (Membership m : i.members()) {
        members.bind("assertion", m.assertionId())
            .bind("incident", i.id())
            .bind("report", byId.get(m.assertionId()).reportId().hex())
            .bind("score", m.score())
            .bind("how", m.how().code())
            .add();
      }
      for (JsonNode s : full.path("sources")) {
        sources.bind("incident", i.id())
            .bind("report", s.path("report_id").asText())
            .bind("publisher", s.path("publisher").isNull() ? null : s.path("publisher").asText())
            .bind("family", s.path("family").asText())
            .bind("independent", s.path("independent").asBoolean())
            .bind("partisan", s.path("partisan").asBoolean())
            .bind("published", s.path("published").isNull() ? null : s.path("published").asText())
            .add();
      }
      for (Figure f : i.figures()) {
        figures.bind("incident", i.id())
            .bind("outcome", f.outcome().code())
            .bind("category", f.category().code())
            .bind("low", f.low())
            .bind("best", f.best())
            .bind("high", f.high())
            .bind("rule", f.rule())
            .add();
      }
    }
    // Parents first: the child tables reference incidents.
    for (PreparedBatch batch : List.of(rows, members, sources, figures)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
  }

  /**
   * The key incident lists are ordered by, kept as an indexed column so a page never sorts the
   * whole table: start date, undated incidents last, then id.
   */
  static String listOrder(Incident i) {
    String start = i.date() == null || i.date().start() == null ? "9999-99-99" : i.date().start().toString();
    return start + "|" + i.id();
  }
}
