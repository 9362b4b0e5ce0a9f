package org.harmledger.server.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Assertion;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.resolve.SplitAssertions;
import org.harmledger.server.ApiException;
import org.harmledger.server.Paging;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.custody.CustodyEntry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * ResolvedIncidents is the incident source that runs the {@link IncidentResolver} over every
 * stored assertion, read-only, and re-applies the curation decisions recorded in the custody log.
 * It stands in until incidents are persisted by the store; it re-resolves whenever the custody
 * chain has grown (every ingest and every decision appends to it), and otherwise answers from
 * the last resolution.
 *
 * <p>Thread-safe: the resolution is replaced as a whole under the object's lock.
 */
public final class ResolvedIncidents implements IncidentSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Comparator<Incident> RECENT_FIRST = Comparator
      .comparing((Incident i) -> i.date() == null ? null : i.date().start(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Incident::id);

  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final IncidentResolver resolver;
  private long resolvedAtSeq = -1;
  private List<Incident> incidents = List.of();

  public ResolvedIncidents(Jdbi jdbi, CustodyLog custody, IncidentResolver resolver) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public IncidentListing list(IncidentQuery query, Paging paging) {
    List<Incident> matching = current().stream().filter(query::matches).toList();
    int from = Math.min(paging.offset(), matching.size());
    int to = Math.min(from + paging.limit(), matching.size());
    return new IncidentListing(matching.subList(from, to), matching.size());
  }

  @Override
  public Optional<Incident> find(String id) {
    return current().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Appends the decision to the custody log under its actor, after checking that the incidents
   * and assertions it names exist.
   *
   * @throws ApiException 404 naming an unknown incident or assertion
   */
  @Override
  public void record(CurationDecision decision) {
    List<Incident> now = current();
    for (String id : incidentsNamed(decision)) {
      if (now.stream().noneMatch(i -> i.id().equals(id))) {
        throw ApiException.notFound("no incident with id " + id);
      }
    }
    if (decision instanceof SplitAssertions s) {
      for (String a : s.assertionIds()) {
        if (now.stream().noneMatch(i -> i.assertionIds().contains(a))) {
          throw ApiException.notFound("no assertion with id " + a);
        }
      }
    }
    String subject = decision instanceof SplitAssertions s ? s.newIncidentId() : incidentsNamed(decision).get(0);
    jdbi.useTransaction(h -> custody.append(h, decision.actor(), CustodyAction.EDITED, subject,
        DecisionJson.toJson(decision)));
    custody.anchor(jdbi);
  }

  private static List<String> incidentsNamed(CurationDecision d) {
    List<String> ids = new ArrayList<>();
    if (d instanceof MergeIncidents m) {
      ids.add(m.into());
      ids.addAll(m.merged());
    } else if (d instanceof OverrideGrade g) {
      ids.add(g.incidentId());
    }
    return ids;
  }

  private synchronized List<Incident> current() {
    long head = jdbi.withHandle(h -> custody.head(h).map(CustodyHead::seq).orElse(0L));
    if (head != resolvedAtSeq) {
      Resolution r = jdbi.withHandle(h -> resolver.resolve(assertions(h), decisions(h)));
      List<Incident> sorted = new ArrayList<>(r.incidents());
      sorted.sort(RECENT_FIRST);
      incidents = List.copyOf(sorted);
      resolvedAtSeq = head;
    }
    return incidents;
  }

  private static List<SourcedAssertion> assertions(Handle h) {
    ReportRepository reports = new ReportRepository(h);
    ExtractionRepository extractions = new ExtractionRepository(h);
    List<SourcedAssertion> all = new ArrayList<>();
    for (Sha256 id : reports.ids()) {
      Report report = reports.find(id).orElseThrow();
      List<Assertion> found = extractions.assertions(id);
      for (int i = 0; i < found.size(); i++) {
        all.add(SourcedAssertion.of(id, i, report.metadata(), report.republicationOf(), found.get(i)));
      }
    }
    return all;
  }

  private List<CurationDecision> decisions(Handle h) {
    List<CurationDecision> decisions = new ArrayList<>();
    custody.forEach(h, entry -> {
      if (entry.action().equals(CustodyAction.EDITED.code()) && DecisionJson.mayHold(entry.details())) {
        CurationDecision d = DecisionJson.fromJson(parse(entry));
        if (d != null) {
          decisions.add(d);
        }
      }
    });
    return decisions;
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(CustodyEntry entry) {
    try {
      return MAPPER.readTree(entry.details());
    } catch (JsonProcessingException e) {
      throw new StorageException("custody entry " + entry.seq() + " has details that are not JSON", e);
    }
  }
}
