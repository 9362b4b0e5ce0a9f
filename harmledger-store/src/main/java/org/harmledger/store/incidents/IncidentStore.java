package org.harmledger.store.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.DecisionOutcome;
import org.harmledger.resolve.FactCheck;
import org.harmledger.resolve.FactChecker;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.ResolutionUpdate;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.resolve.json.CurationDecisionJson;
import org.harmledger.resolve.json.IncidentJson;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * An IncidentStore keeps the ledger's incidents: it resolves the current assertions with every
 * curation decision and stores the result in one transaction with a "resolved" custody entry
 * (incrementally when only new reports came in, see {@link #resolveAll}), lists and finds
 * incidents and unattached statements, records curation decisions ("edited" custody entries)
 * and fact-checks reports against the ledger. Incidents are
 * derived data: re-running resolution rebuilds them from the assertions and the decisions, which
 * are the record, so it never undoes a decision. {@link #find} returns the stored JSON
 * ({@link IncidentJson}), so a reader never needs to resolve. Not for concurrent writers.
 */
public final class IncidentStore {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The custody subject of resolution runs, which concern the ledger as a whole. */
  public static final String SUBJECT = "incidents";

  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final IncidentResolver resolver;
  private final IncidentJson json;
  private final ListTotals totals = new ListTotals();

  public IncidentStore(Jdbi jdbi, CustodyLog custody, IncidentResolver resolver, IncidentJson json) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Resolves what changed and stores the incidents; {@code actor} signs the custody entry. When
   * only new reports came in, only the incidents they touch are rebuilt (with every decision
   * replayed on the incidents it names); when nothing was resolved yet or a report was extracted
   * again, everything is resolved again. Either way the result equals a full resolution.
   */
  public ResolutionSummary resolveAll(String actor) {
    Objects.requireNonNull(actor, "actor");
    custody.requireAnchored(jdbi);
    ResolutionSummary summary = jdbi.inTransaction(handle -> {
      // Several processes may resolve at once (PostgreSQL): one at a time, each seeing the last one's incidents.
      custody.lockChain(handle);
      List<CurationDecision> decisions = new CurationRepository(handle).all();
      ResolutionState state = new ResolutionState(handle);
      ResolutionState.Pending pending = state.pending();
      if (pending.startOver()) {
        return startOver(handle, actor, decisions, resolution -> { });
      }
      List<SourcedAssertion> fresh = new SourcedAssertionReader(handle).reports(pending.newReports());
      ResolutionUpdate update = resolver.update(new StoredLedger(handle), fresh, decisions);
      IncidentWriter writer = new IncidentWriter(handle, json);
      Set<String> placedOrMembers = new HashSet<>(update.placed());
      update.incidents().forEach(i -> placedOrMembers.addAll(i.assertionIds()));
      writer.delete(update.removed(), placedOrMembers);
      writer.write(update.incidents(), update.assertions());
      state.record(update, pending.newRuns());
      return summarize(handle, actor, decisions, update, true);
    });
    custody.anchor(jdbi);
    return summary;
  }

  /**
   * Records a person's decision and re-resolves. A decision that cannot be applied to the current
   * incidents (an unknown incident or assertion) is refused and nothing is stored.
   *
   * @throws IllegalArgumentException with the reason when the decision does not apply
   */
  public ResolutionSummary record(CurationDecision decision) {
    Objects.requireNonNull(decision, "decision");
    custody.requireAnchored(jdbi);
    ResolutionSummary summary = jdbi.inTransaction(handle -> {
      // Several processes may resolve at once (PostgreSQL): one at a time, each seeing the last one's incidents.
      custody.lockChain(handle);
      List<CurationDecision> decisions = new ArrayList<>(new CurationRepository(handle).all());
      decisions.add(decision);
      return startOver(handle, decision.actor(), decisions, update -> {
        for (DecisionOutcome o : update.decisions()) {
          if (o.decision().equals(decision) && !o.applied()) {
            throw new IllegalArgumentException("cannot " + CurationDecisionJson.kind(decision) + ": " + o.note());
          }
        }
        new CurationRepository(handle).insert(decision);
        ObjectNode details = MAPPER.createObjectNode();
        details.put("kind", CurationDecisionJson.kind(decision));
        details.put("reason", decision.reason());
        details.set("decision", CurationDecisionJson.toJson(decision));
        custody.append(handle, decision.actor(), CustodyAction.EDITED, subjectOf(decision), details);
      });
    });
    custody.anchor(jdbi);
    return summary;
  }

  /**
   * Resolves every current assertion from scratch and replaces the incident tables and the
   * incremental state; {@code check} sees the update first and may refuse it by throwing.
   */
  private ResolutionSummary startOver(Handle handle, String actor, List<CurationDecision> decisions,
      Consumer<ResolutionUpdate> check) {
    ResolutionState state = new ResolutionState(handle);
    state.clear();
    ResolutionState.Pending pending = state.pending();
    ResolutionUpdate update = resolver.rebuild(new SourcedAssertionReader(handle).current(), decisions);
    check.accept(update);
    IncidentWriter writer = new IncidentWriter(handle, json);
    writer.clear();
    writer.write(update.incidents(), update.assertions());
    state.record(update, pending.newRuns());
    return summarize(handle, actor, decisions, update, false);
  }

  /** The decisions recorded so far, oldest first. */
  public List<CurationDecision> decisions() {
    return jdbi.withHandle(h -> new CurationRepository(h).all());
  }

  /** The full JSON of incident {@code id} as last stored, or empty when there is none. */
  public Optional<ObjectNode> find(String id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT incident_json FROM incidents WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .findOne())
        .map(IncidentStore::parse);
  }

  /** Hands every stored incident's full JSON to {@code sink}, by id, without holding them all in memory. */
  public void forEach(Consumer<ObjectNode> sink) {
    jdbi.useHandle(h -> h.createQuery("SELECT incident_json FROM incidents ORDER BY id")
        .mapTo(String.class)
        .useStream(s -> s.map(IncidentStore::parse).forEach(sink)));
  }

  /** One page of the incidents {@code filter} selects, by start date (undated last) then id. */
  public IncidentPage list(IncidentFilter filter, int offset, int limit) {
    Objects.requireNonNull(filter, "filter");
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0 but were " + offset + ", " + limit);
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> binds = new HashMap<>();
    clause(where, binds, "date_end >= :from", "from", filter.from() == null ? null : filter.from().toString());
    clause(where, binds, "date_start <= :to", "to", filter.to() == null ? null : filter.to().toString());
    clause(where, binds, "admin1_key = :admin1", "admin1", lower(filter.admin1()));
    clause(where, binds, "country = :country", "country",
        filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT));
    clause(where, binds, "perpetrator = :perpetrator", "perpetrator", filter.perpetrator());
    clause(where, binds, "event_type = :eventType", "eventType", filter.eventType());
    clause(where, binds, "grade = :grade", "grade", lower(filter.grade()));
    clause(where, binds, "killed_best >= :minKilled", "minKilled", filter.minKilled());
    String query = where + " " + new TreeMap<>(binds);
    return jdbi.withHandle(h -> {
      // The head first: a total counted after it may be newer than its key, never older.
      long head = custody.head(h).map(CustodyHead::seq).orElse(0L);
      long total = totals.get(head, query).orElseGet(() -> {
        Query count = h.createQuery("SELECT COUNT(*) FROM incidents" + where);
        binds.forEach(count::bind);
        long counted = count.mapTo(Long.class).one();
        totals.put(head, query, counted);
        return counted;
      });
      Query page = h.createQuery("SELECT summary_json FROM incidents" + where
          + " ORDER BY list_order LIMIT :limit OFFSET :offset");
      binds.forEach(page::bind);
      List<ObjectNode> rows = page.bind("limit", limit).bind("offset", offset)
          .mapTo(String.class).list().stream().map(IncidentStore::parse).toList();
      return new IncidentPage(rows, total, offset, limit);
    });
  }

  /** The current resolution of the ledger, computed from the stored assertions and decisions; stores nothing. */
  public Resolution current() {
    return jdbi.withHandle(h -> resolver.resolve(new SourcedAssertionReader(h).current(),
        new CurationRepository(h).all()));
  }

  /** The statements that answer no recorded incident (rule statement.unattached), by report then assertion. */
  public List<UnattachedStatement> unattached() {
    return jdbi.withHandle(h -> h.createQuery("SELECT u.assertion_id, u.report_id, u.event_type, r.publisher, "
            + "r.published, r.title FROM unattached_statements u JOIN reports r ON r.id = u.report_id "
            + "ORDER BY r.published, u.assertion_id")
        .map((rs, ctx) -> new UnattachedStatement(rs.getString("assertion_id"), rs.getString("report_id"),
            rs.getString("event_type"), rs.getString("publisher"), rs.getString("published"), rs.getString("title")))
        .list());
  }

  /** Fact-checks the assertions of one report against the ledger's current incidents; stores nothing. */
  public List<FactCheck> check(List<SourcedAssertion> report) {
    return new FactChecker(resolver).check(report, current().incidents());
  }

  /** Appends the custody entry "resolved" with the ledger's counts after a run. */
  private ResolutionSummary summarize(Handle handle, String actor, List<CurationDecision> decisions,
      ResolutionUpdate update, boolean incremental) {
    List<String> notApplied = update.decisions().stream().filter(o -> !o.applied())
        .map(o -> o.decision().describe() + ": " + o.note()).toList();
    long assertions = new ResolutionState(handle).resolvedAssertions();
    long incidents = handle.createQuery("SELECT COUNT(*) FROM incidents").mapTo(Long.class).one();
    long unattached = handle.createQuery("SELECT COUNT(*) FROM unattached_statements").mapTo(Long.class).one();
    ObjectNode details = MAPPER.createObjectNode();
    details.put("assertions", assertions);
    details.put("incidents", incidents);
    details.put("unattached_statements", unattached);
    details.put("decisions", decisions.size());
    details.put("not_applied", notApplied.size());
    details.put("incremental", incremental);
    details.put("incidents_written", update.incidents().size());
    custody.append(handle, actor, CustodyAction.RESOLVED, SUBJECT, details);
    return new ResolutionSummary((int) assertions, (int) incidents, (int) unattached, decisions.size(), notApplied);
  }

  private static String subjectOf(CurationDecision d) {
    ObjectNode o = CurationDecisionJson.toJson(d);
    for (String field : List.of("into", "incident", "to", "new_incident")) {
      if (o.hasNonNull(field)) {
        return o.get(field).asText();
      }
    }
    return SUBJECT;
  }

  private static void clause(StringBuilder where, Map<String, Object> binds, String sql, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      binds.put(name, value);
    }
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static ObjectNode parse(String text) {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored incident is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
