package org.harmledger.store.incidents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.MatchProfile;
import org.harmledger.resolve.Membership;
import org.harmledger.resolve.ResolvedLedger;
import org.harmledger.resolve.SourcedAssertion;
import org.jdbi.v3.core.Handle;

/**
 * A StoredLedger is the {@link ResolvedLedger} the store keeps in its tables (migrations V5, V8):
 * candidate units by country, admin area key and days from {@code resolution_units}, matchable
 * and unplaced apart, the
 * automatic grouping from {@code automatic_members} (read with each report), and reports read
 * through the caller's handle, each once per run. Not thread-safe; one per run.
 */
final class StoredLedger implements ResolvedLedger {
  private static final int CHUNK = 500;

  private final Handle handle;
  private final SourcedAssertionReader reader;
  private final Map<String, List<SourcedAssertion>> loaded = new HashMap<>();
  /** The automatic incident of each assertion of the loaded reports; absent when unattached. */
  private final Map<String, String> incidentOf = new HashMap<>();
  private final int widest;

  StoredLedger(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.reader = new SourcedAssertionReader(handle);
    // The widest unit bounds how far before a window a unit overlapping it can start.
    this.widest = handle.createQuery("SELECT MAX(day_hi - day_lo) FROM resolution_units")
        .mapTo(Integer.class).findOne().orElse(0);
  }

  @Override
  public Collection<SourcedAssertion> reportsNear(MatchProfile p) {
    if (!p.matchable()) {
      return List.of();
    }
    String area = p.admin1().isEmpty() ? "" : " AND admin1_key IN (:admin1, '')";
    return read(unitReports("country = :country" + area, false, p));
  }

  @Override
  public Collection<SourcedAssertion> reportsAround(MatchProfile unplaced) {
    if (!unplaced.unplacedEvent()) {
      return List.of();
    }
    return read(unitReports("?".equals(unplaced.country()) ? "1 = 1" : "country = :country", false, unplaced));
  }

  @Override
  public Collection<SourcedAssertion> unplacedReportsNear(MatchProfile placed) {
    if (!placed.matchable()) {
      return List.of();
    }
    return read(unitReports("country IN (:country, '?')", true, placed));
  }

  /**
   * The reports with a unit, unplaced or matchable, that meets {@code where} and whose window
   * overlaps the days an in-memory block query reads: the profile's
   * window widened by the largest slack, one day.
   */
  private List<String> unitReports(String where, boolean unplaced, MatchProfile p) {
    int lo = p.date().lo() - 1;
    int hi = p.date().hi() + 1;
    return handle.createQuery("SELECT DISTINCT report_id FROM resolution_units WHERE unplaced = :unplaced AND "
            + where + " AND day_lo >= :from AND day_lo <= :hi AND day_hi >= :lo")
        .bind("unplaced", unplaced)
        .bind("country", p.country())
        .bind("admin1", p.admin1())
        .bind("from", lo - widest)
        .bind("hi", hi)
        .bind("lo", lo)
        .mapTo(String.class).list();
  }

  @Override
  public Collection<SourcedAssertion> reports(Collection<Sha256> reportIds) {
    return read(reportIds.stream().map(Sha256::hex).toList());
  }

  @Override
  public Optional<String> automaticIncidentOf(String assertionId) {
    if (loaded.containsKey(assertionId.substring(0, assertionId.lastIndexOf(':')))) {
      return Optional.ofNullable(incidentOf.get(assertionId));
    }
    return handle.createQuery("SELECT incident_id FROM automatic_members WHERE assertion_id = :id")
        .bind("id", assertionId).mapTo(String.class).findOne();
  }

  @Override
  public List<Membership> automaticMembers(String incidentId) {
    return handle.createQuery("SELECT assertion_id, score, how FROM automatic_members WHERE incident_id = :id "
            + "ORDER BY assertion_id")
        .bind("id", incidentId)
        .map((rs, ctx) -> new Membership(rs.getString("assertion_id"), rs.getDouble("score"),
            Membership.How.valueOf(rs.getString("how").toUpperCase(Locale.ROOT))))
        .list();
  }

  private List<SourcedAssertion> read(List<String> reportIds) {
    List<String> missing = reportIds.stream().filter(r -> !loaded.containsKey(r)).toList();
    if (!missing.isEmpty()) {
      missing.forEach(r -> loaded.put(r, new ArrayList<>()));
      List<String> ids = new ArrayList<>();
      for (SourcedAssertion a : reader.reports(missing)) {
        loaded.get(a.reportId().hex()).add(a);
        ids.add(a.assertionId());
      }
      for (int from = 0; from < ids.size(); from += CHUNK) {
        handle.createQuery("SELECT assertion_id, incident_id FROM automatic_members WHERE assertion_id IN (<ids>)")
            .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
            .map((rs, ctx) -> Map.entry(rs.getString("assertion_id"), rs.getString("incident_id")))
            .forEach(e -> incidentOf.put(e.getKey(), e.getValue()));
      }
    }
    List<SourcedAssertion> out = new ArrayList<>();
    reportIds.forEach(r -> out.addAll(loaded.get(r)));
    return out;
  }
}
