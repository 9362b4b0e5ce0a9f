package org.harmledger.store.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.resolve.json.IncidentJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * An IncidentWriter writes incidents to the incident tables: each incident's indexed columns and
 * JSON (full and summary), its members, its sources per report and its figures. A full run
 * clears the tables first; an incremental one deletes the incidents it rebuilds. It writes
 * through the caller's handle, so a run commits as a whole.
 */
final class IncidentWriter {
  /** Children first, so deletes never break a reference. */
  private static final List<String> TABLES = List.of("incident_figures", "incident_sources", "incident_members",
      "incidents");
  private static final int CHUNK = 500;

  private final Handle handle;
  private final IncidentJson json;

  IncidentWriter(Handle handle, IncidentJson json) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** Empties the incident tables. */
  void clear() {
    for (String table : TABLES) {
      handle.execute("DELETE FROM " + table);
    }
  }

  /**
   * Deletes the incidents with these ids and every incident holding one of these assertions (an
   * incident a decision split off, say, whose members are placed again).
   */
  void delete(Collection<String> incidentIds, Collection<String> assertionIds) {
    Set<String> ids = new TreeSet<>(incidentIds);
    List<String> assertions = new ArrayList<>(assertionIds);
    for (int from = 0; from < assertions.size(); from += CHUNK) {
      ids.addAll(handle.createQuery("SELECT DISTINCT incident_id FROM incident_members WHERE assertion_id IN (<ids>)")
          .bindList("ids", assertions.subList(from, Math.min(assertions.size(), from + CHUNK)))
          .mapTo(String.class).list());
    }
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      for (String table : TABLES) {
        String column = "incidents".equals(table) ? "id" : "incident_id";
        handle.createUpdate("DELETE FROM " + table + " WHERE " + column + " IN (<ids>)").bindList("ids", chunk).execute();
      }
    }
  }

  /** Inserts the incidents; {@code byId} holds every member assertion. */
  void write(List<Incident> incidents, Map<String, SourcedAssertion> byId) {
    // In chunks: a full run's rows held in one batch (their JSON, which the PostgreSQL driver
    // copies again as bytes) outgrow a 2 GB heap at about 100,000 incidents.
    for (int from = 0; from < incidents.size(); from += CHUNK) {
      writeChunk(incidents.subList(from, Math.min(incidents.size(), from + CHUNK)), byId);
    }
  }

  private void writeChunk(List<Incident> incidents, Map<String, SourcedAssertion> byId) {
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
