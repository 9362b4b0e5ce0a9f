package org.harmledger.store.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.ReportUnit;
import org.harmledger.resolve.ResolutionUpdate;
import org.harmledger.resolve.SourcedAssertion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The ResolutionState is what the store keeps between resolution runs so the next one can be
 * incremental (migrations V5, V8): which extraction run of each report was resolved, the matchable
 * and the unplaced units, the automatic grouping and the unattached statements. It tells a run whether it must
 * start over (nothing resolved yet, or a report re-extracted since) and which reports are new,
 * and records each update. Writes through the caller's handle.
 */
final class ResolutionState {
  private static final List<String> TABLES = List.of("resolved_reports", "resolution_units", "automatic_members",
      "unattached_statements");
  private static final int CHUNK = 500;

  private final Handle handle;

  ResolutionState(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  /**
   * What a run must do: start over (nothing resolved yet, or a resolved report extracted again
   * since) or take in the reports whose latest extraction run is not resolved yet. Reads only the
   * runs not yet resolved and the other runs of their reports, never every report's latest run,
   * so a run with little new costs little however large the ledger.
   */
  Pending pending() {
    boolean none = handle.createQuery("SELECT report_id FROM resolved_reports").setMaxRows(1)
        .mapTo(String.class).findFirst().isEmpty();
    List<String> unresolved = handle.createQuery("SELECT DISTINCT e.report_id FROM extraction_runs e "
            + "LEFT JOIN resolved_reports r ON r.report_id = e.report_id AND r.rule_set_hash = e.rule_set_hash "
            + "WHERE r.report_id IS NULL")
        .mapTo(String.class).list();
    Map<String, String> latest = new TreeMap<>();
    Map<String, String> latestAt = new HashMap<>();
    Map<String, String> resolved = new HashMap<>();
    for (int from = 0; from < unresolved.size(); from += CHUNK) {
      List<String> chunk = unresolved.subList(from, Math.min(unresolved.size(), from + CHUNK));
      handle.createQuery("SELECT report_id, rule_set_hash, extracted_at FROM extraction_runs WHERE report_id IN (<ids>)")
          .bindList("ids", chunk)
          .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
          .forEach(run -> {
            String at = latestAt.get(run.get(0));
            if (at == null || run.get(2).compareTo(at) > 0) {
              latestAt.put(run.get(0), run.get(2));
              latest.put(run.get(0), run.get(1));
            }
          });
      handle.createQuery("SELECT report_id, rule_set_hash FROM resolved_reports WHERE report_id IN (<ids>)")
          .bindList("ids", chunk)
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
          .forEach(e -> resolved.put(e.getKey(), e.getValue()));
    }
    Map<String, String> fresh = new TreeMap<>();
    boolean reExtracted = false;
    for (Map.Entry<String, String> run : latest.entrySet()) {
      String was = resolved.get(run.getKey());
      if (was == null) {
        fresh.put(run.getKey(), run.getValue());
      } else if (!was.equals(run.getValue())) {
        reExtracted = true;
      }
    }
    return new Pending(none || reExtracted, fresh);
  }

  /**
   * What a run must do: start over, or take in the new reports, each with the rule set hash of
   * its latest extraction run ({@code newRuns}, by report id; empty when nothing is new).
   */
  record Pending(boolean startOver, Map<String, String> newRuns) {
    List<String> newReports() {
      return List.copyOf(newRuns.keySet());
    }
  }

  /** The number of assertions of the resolved extraction runs: after a run, every current assertion. */
  long resolvedAssertions() {
    return handle.createQuery("SELECT COALESCE(SUM(e.assertion_count), 0) FROM resolved_reports r "
            + "JOIN extraction_runs e ON e.report_id = r.report_id AND e.rule_set_hash = r.rule_set_hash")
        .mapTo(Long.class).one();
  }

  void clear() {
    TABLES.forEach(t -> handle.execute("DELETE FROM " + t));
  }

  /**
   * Records an update: the grouping and unattached entries it placed again, its units, and its
   * reports' extraction runs ({@code runs}: rule set hash by report id) as resolved.
   */
  void record(ResolutionUpdate update, Map<String, String> runs) {
    List<String> placed = new ArrayList<>(update.placed());
    for (int from = 0; from < placed.size(); from += CHUNK) {
      List<String> chunk = placed.subList(from, Math.min(placed.size(), from + CHUNK));
      handle.createUpdate("DELETE FROM automatic_members WHERE assertion_id IN (<ids>)").bindList("ids", chunk).execute();
      handle.createUpdate("DELETE FROM unattached_statements WHERE assertion_id IN (<ids>)").bindList("ids", chunk)
          .execute();
    }
    PreparedBatch members = handle.prepareBatch("INSERT INTO automatic_members (assertion_id, incident_id, score, how) "
        + "VALUES (:assertion, :incident, :score, :how)");
    for (Map.Entry<String, List<Membership>> e : update.automatic().entrySet()) {
      for (Membership m : e.getValue()) {
        members.bind("assertion", m.assertionId()).bind("incident", e.getKey()).bind("score", m.score())
            .bind("how", m.how().code()).add();
      }
    }
    PreparedBatch loose = handle.prepareBatch("INSERT INTO unattached_statements (assertion_id, report_id, event_type) "
        + "VALUES (:assertion, :report, :type)");
    for (String id : update.unattached()) {
      SourcedAssertion a = update.assertions().get(id);
      loose.bind("assertion", id).bind("report", a.reportId().hex()).bind("type", a.assertion().eventType()).add();
    }
    PreparedBatch units = handle.prepareBatch("INSERT INTO resolution_units (anchor_id, report_id, country, admin1_key, "
        + "day_lo, day_hi, unplaced) VALUES (:anchor, :report, :country, :admin1, :lo, :hi, :unplaced)");
    for (ReportUnit u : update.units()) {
      boolean unplaced = u.profile().unplacedEvent();
      if (u.profile().matchable() || unplaced) {
        units.bind("anchor", u.anchorId()).bind("report", u.reportId().hex()).bind("country", u.profile().country())
            .bind("admin1", unplaced ? "" : u.profile().admin1()).bind("lo", u.profile().date().lo())
            .bind("hi", u.profile().date().hi()).bind("unplaced", unplaced).add();
      }
    }
    PreparedBatch resolved = handle.prepareBatch("INSERT INTO resolved_reports (report_id, rule_set_hash) "
        + "VALUES (:report, :rules)");
    runs.forEach((report, rules) -> resolved.bind("report", report).bind("rules", rules).add());
    for (PreparedBatch batch : List.of(members, loose, units, resolved)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
  }
}
