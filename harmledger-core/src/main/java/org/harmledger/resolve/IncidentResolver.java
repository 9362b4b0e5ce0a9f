package org.harmledger.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.harmledger.model.Assertion;
import org.harmledger.model.Sha256;

/**
 * The IncidentResolver turns assertions from many reports into Incidents: automatic matching
 * ({@link AutomaticMatching}), then people's decisions ({@link CurationDecision}), then each
 * incident's sources, figures and grade. An assertion that matches no incident founds one; so
 * does a statement about an event no report describes yet (that incident has no figures and
 * grades weak until a report of the event joins it). Assertions with a year-precision or
 * unresolved date, or a place vaguer than a province, always stand alone for a person to place.
 * Known limit of blocking: places within matching distance but in different provinces, or an
 * assertion without a country, are never compared. The result depends only on the set of assertions and
 * decisions, never on their order; resolving a previous resolution plus new assertions equals
 * resolving everything at once. Pure and thread-safe: each call works on its own state.
 */
public final class IncidentResolver {
  private final EventFamilies families;
  private final PartyRelations parties;
  private final IncidentMatcher matcher = new IncidentMatcher();
  private final IncidentSummarizer summarizer;

  public IncidentResolver(PublisherRegistry publishers, PartyRelations parties, EventFamilies families) {
    this.families = Objects.requireNonNull(families, "families");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.summarizer = new IncidentSummarizer(new SourceIndependence(publishers, parties), parties,
        new Grader(families, parties));
  }

  /** A resolver over the registries shipped with Harm Ledger. */
  public static IncidentResolver loadDefault() {
    return new IncidentResolver(PublisherRegistry.loadDefault(), PartyRelations.loadDefault(),
        EventFamilies.loadDefault());
  }

  /** A profile factory over this resolver's families and parties, for matching outside a run (fact-checks). */
  public ProfileFactory profiles() {
    return new ProfileFactory(families, parties);
  }

  public IncidentMatcher matcher() {
    return matcher;
  }

  /** Resolves a set of assertions from scratch and applies the decisions. */
  public Resolution resolve(Collection<SourcedAssertion> assertions, List<CurationDecision> decisions) {
    return resolve(Resolution.empty(), assertions, decisions);
  }

  /**
   * Resolves new assertions against a previous resolution. Only the previous assertions that are
   * connected to the new ones through chains of compatible assertions are re-matched; every other
   * automatic incident is kept as it was. Since matching never looks beyond compatible assertions,
   * this equals resolving everything at once. All decisions are re-applied.
   */
  public Resolution resolve(Resolution previous, Collection<SourcedAssertion> added,
      List<CurationDecision> decisions) {
    ProfileFactory factory = profiles();
    Map<String, SourcedAssertion> byId = new HashMap<>();
    previous.assertions().forEach(a -> byId.put(a.assertionId(), a));
    List<SourcedAssertion> fresh = new ArrayList<>();
    for (SourcedAssertion a : added) {
      SourcedAssertion known = byId.putIfAbsent(a.assertionId(), a);
      if (known == null) {
        fresh.add(a);
      } else if (!known.equals(a)) {
        throw new IllegalArgumentException("assertion " + a.assertionId() + " given twice with different content");
      }
    }
    Map<String, MatchProfile> profiles = new HashMap<>();
    Map<Sha256, Assertion> reportEvents = reportEvents(byId.values());
    byId.values().forEach(a -> profiles.put(a.assertionId(), factory.of(a, reportEvents.get(a.reportId()))));
    Set<String> affected = affectedBy(previous.assertions(), fresh, profiles);
    Map<String, List<Membership>> automatic = new TreeMap<>();
    previous.automatic().forEach((id, members) -> {
      if (members.stream().noneMatch(m -> affected.contains(m.assertionId()))) {
        automatic.put(id, members);
      }
    });
    List<MatchProfile> regroup = new ArrayList<>();
    affected.forEach(id -> regroup.add(profiles.get(id)));
    fresh.forEach(a -> regroup.add(profiles.get(a.assertionId())));
    automatic.putAll(group(regroup, byId));
    return finish(byId, profiles, automatic, decisions, previous);
  }

  /**
   * For each report, the event it is about: its primary assertion when that is an event, else its
   * first event assertion by index. Statements of the report are matched with it in mind.
   */
  private static Map<Sha256, Assertion> reportEvents(Collection<SourcedAssertion> assertions) {
    Map<Sha256, SourcedAssertion> chosen = new HashMap<>();
    for (SourcedAssertion a : assertions) {
      if (a.assertion().isStatement()) {
        continue;
      }
      chosen.merge(a.reportId(), a, (x, y) -> preferredEvent(x, y) ? x : y);
    }
    Map<Sha256, Assertion> events = new HashMap<>();
    chosen.forEach((report, a) -> events.put(report, a.assertion()));
    return events;
  }

  private static boolean preferredEvent(SourcedAssertion x, SourcedAssertion y) {
    if (x.assertion().primary() != y.assertion().primary()) {
      return x.assertion().primary();
    }
    return x.assertionId().compareTo(y.assertionId()) <= 0;
  }

  /** The previous assertions in the connected components of the compatibility graph the fresh ones touch. */
  private Set<String> affectedBy(List<SourcedAssertion> previous, List<SourcedAssertion> fresh,
      Map<String, MatchProfile> profiles) {
    Set<String> affected = new HashSet<>();
    if (previous.isEmpty() || fresh.isEmpty()) {
      return affected;
    }
    List<MatchProfile> old = new ArrayList<>(previous.size());
    BlockIndex index = new BlockIndex();
    for (SourcedAssertion a : previous) {
      index.add(old.size(), profiles.get(a.assertionId()));
      old.add(profiles.get(a.assertionId()));
    }
    Deque<MatchProfile> queue = new ArrayDeque<>();
    fresh.forEach(a -> queue.add(profiles.get(a.assertionId())));
    while (!queue.isEmpty()) {
      MatchProfile p = queue.poll();
      index.candidates(p, i -> {
        MatchProfile o = old.get(i);
        if (!affected.contains(o.id()) && matcher.score(p, o) >= 0) {
          affected.add(o.id());
          queue.add(o);
        }
      });
    }
    return affected;
  }

  /**
   * Groups profiles and names each group after its first-reported assertion (earliest
   * publication date, then assertion id; unknown dates last), so later reports, however precise,
   * never rename an incident a person may already have referred to.
   */
  private Map<String, List<Membership>> group(List<MatchProfile> profiles, Map<String, SourcedAssertion> byId) {
    AutomaticMatching.Grouping g = new AutomaticMatching(matcher).group(profiles);
    Map<Integer, List<Membership>> byFounder = new LinkedHashMap<>();
    Map<Integer, SourcedAssertion> firstReported = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      int founder = g.founderOf()[i];
      Membership.How how = founder == i ? Membership.How.FOUNDED : Membership.How.MATCHED;
      byFounder.computeIfAbsent(founder, k -> new ArrayList<>())
          .add(new Membership(profiles.get(i).id(), g.score()[i], how));
      firstReported.merge(founder, byId.get(profiles.get(i).id()), (x, y) -> FIRST_REPORTED.compare(x, y) <= 0 ? x : y);
    }
    Map<String, List<Membership>> groups = new LinkedHashMap<>();
    byFounder.forEach((founder, members) ->
        groups.put(IncidentIds.of(firstReported.get(founder).assertionId()), members));
    return groups;
  }

  private static final Comparator<SourcedAssertion> FIRST_REPORTED = Comparator
      .comparing((SourcedAssertion a) -> a.report().published(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(SourcedAssertion::assertionId);

  /**
   * Applies the decisions and establishes every incident. A previous incident that no decision
   * shaped and whose members are unchanged is reused as it was: its summary depends on nothing else.
   */
  private Resolution finish(Map<String, SourcedAssertion> byId, Map<String, MatchProfile> profiles,
      Map<String, List<Membership>> automatic, List<CurationDecision> decisions, Resolution previous) {
    Map<String, Incident> reusable = new HashMap<>();
    previous.incidents().stream().filter(i -> i.history().isEmpty()).forEach(i -> reusable.put(i.id(), i));
    CurationApplier curation = new CurationApplier(decisions);
    Map<String, List<Membership>> groups = curation.regroup(automatic);
    Comparator<Membership> canonical = Comparator.comparing(m -> profiles.get(m.assertionId()),
        AutomaticMatching.CANONICAL);
    List<Incident> incidents = new ArrayList<>(groups.size());
    groups.forEach((id, members) -> {
      List<Membership> sorted = new ArrayList<>(members);
      sorted.sort(canonical);
      Incident unchanged = reusable.get(id);
      if (unchanged != null && unchanged.members().equals(sorted)) {
        incidents.add(unchanged);
        return;
      }
      List<SourcedAssertion> assertions = new ArrayList<>(sorted.size());
      sorted.forEach(m -> assertions.add(byId.get(m.assertionId())));
      incidents.add(summarizer.summarize(id, assertions, sorted));
    });
    List<SourcedAssertion> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(SourcedAssertion::assertionId));
    Map<String, List<Membership>> frozen = new TreeMap<>();
    automatic.forEach((id, members) -> {
      List<Membership> sorted = new ArrayList<>(members);
      sorted.sort(Comparator.comparing(Membership::assertionId));
      frozen.put(id, List.copyOf(sorted));
    });
    return new Resolution(curation.override(incidents), all, frozen, curation.outcomes());
  }

  /**
   * Why an assertion is in its incident: its comparison with the incident's founding assertion,
   * field by field; empty when the resolution does not hold the assertion.
   */
  public Optional<MatchExplanation> explain(Resolution resolution, String assertionId) {
    Optional<Incident> incident = resolution.incidentOf(assertionId);
    if (incident.isEmpty()) {
      return Optional.empty();
    }
    Incident i = incident.get();
    if (i.founderAssertionId().equals(assertionId)) {
      return Optional.of(MatchExplanation.founded(assertionId, i.id()));
    }
    ProfileFactory factory = profiles();
    Map<String, SourcedAssertion> byId = new HashMap<>();
    resolution.assertions().forEach(a -> byId.put(a.assertionId(), a));
    MatchExplanation e = matcher.compare(factory.of(byId.get(assertionId)), factory.of(byId.get(i.founderAssertionId())));
    return Optional.of(e.withIncident(i.id()));
  }
}
