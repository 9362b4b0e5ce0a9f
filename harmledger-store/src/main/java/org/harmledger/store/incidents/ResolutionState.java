package org.harmledger.store.incidents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.ReportUnit;
import org.harmledger.resolve.ResolutionUpdate;
import org.harmledger.resolve.SourcedAssertion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The ResolutionState is what the store keeps between resolution runs so the next one can be
 * incremental (migration V5): which extraction run of each report was resolved, the matchable
 * units, the automatic grouping and the unattached statements. It tells a run whether it must
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

  /** True when a run must resolve everything: nothing was resolved yet, or a resolved report was extracted again. */
  boolean mustStartOver() {
    boolean none = handle.createQuery("SELECT COUNT(*) FROM resolved_reports").mapTo(Long.class).one() == 0;
    long changed = handle.createQuery("SELECT COUNT(*) FROM resolved_reports r JOIN ("
            + SourcedAssertionReader.LATEST_RUNS + ") e ON e.report_id = r.report_id "
            + "WHERE e.rule_set_hash <> r.rule_set_hash")
        .mapTo(Long.class).one();
    return none || changed > 0;
  }

  /** The reports whose latest extraction run is not resolved yet. */
  List<String> newReports() {
    return handle.createQuery("SELECT n.report_id FROM (" + SourcedAssertionReader.LATEST_RUNS + ") n "
            + "WHERE NOT EXISTS (SELECT 1 FROM resolved_reports r WHERE r.report_id = n.report_id) ORDER BY n.report_id")
        .mapTo(String.class).list();
  }

  void clear() {
    TABLES.forEach(t -> handle.execute("DELETE FROM " + t));
  }

  /** Records an update: the grouping and unattached entries it placed again, its units and its reports. */
  void record(ResolutionUpdate update, Collection<String> reports) {
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
        + "day_lo, day_hi) VALUES (:anchor, :report, :country, :admin1, :lo, :hi)");
    for (ReportUnit u : update.units()) {
      if (u.profile().matchable()) {
        units.bind("anchor", u.anchorId()).bind("report", u.reportId().hex()).bind("country", u.profile().country())
            .bind("admin1", u.profile().admin1()).bind("lo", u.profile().date().lo()).bind("hi", u.profile().date().hi())
            .add();
      }
    }
    PreparedBatch resolved = handle.prepareBatch("INSERT INTO resolved_reports (report_id, rule_set_hash) "
        + "SELECT e.report_id, e.rule_set_hash FROM (" + SourcedAssertionReader.LATEST_RUNS + ") e "
        + "WHERE e.report_id = :report");
    reports.forEach(r -> resolved.bind("report", r).add());
    for (PreparedBatch batch : List.of(members, loose, units, resolved)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
  }
}
