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
import java.util.TreeSet;
import org.harmledger.model.Sha256;

/**
 * The IncidentResolver turns assertions from many reports into Incidents: each report's
 * assertions become one unit per event it tells of ({@link ReportUnits}), units are matched
 * ({@link AutomaticMatching}), then people's decisions apply ({@link CurationDecision}), then each
 * incident's sources, figures and grade. A unit that matches no incident founds one, except a
 * unit of statements only: it answers the incident it matches, or stays an unattached statement
 * (listed in {@link Resolution#unattached}, never an incident). A unit with no matchable date or
 * a place vaguer than a province stands alone for a person to place. Known limit of blocking:
 * places within matching distance but in different provinces, or a unit without a country, are
 * never compared. The result depends only on the set of assertions and decisions, never on
 * their order; resolving a previous resolution plus new assertions equals resolving everything
 * at once. Pure and thread-safe: each call works on its own state.
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
   * Resolves new assertions against a previous resolution. Each report's assertions are first
   * split into {@link ReportUnit}s (one per event the report tells of). Only the previous units
   * connected to the new ones through chains of compatible units are re-matched; every other
   * automatic incident, and every other unattached statement, is kept as it was. Since matching
   * never looks beyond compatible units, this equals resolving everything at once. All decisions
   * are re-applied.
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
    Set<Sha256> freshReports = new HashSet<>();
    fresh.forEach(a -> freshReports.add(a.reportId()));
    Map<Sha256, List<SourcedAssertion>> byReport = new HashMap<>();
    byId.values().forEach(a -> byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a));
    ReportUnits splitter = new ReportUnits(factory);
    List<ReportUnit> oldUnits = new ArrayList<>();
    List<ReportUnit> newUnits = new ArrayList<>();
    byReport.forEach((report, list) -> (freshReports.contains(report) ? newUnits : oldUnits).addAll(splitter.of(list)));
    Set<String> affected = new HashSet<>();
    List<ReportUnit> regroup = new ArrayList<>(newUnits);
    for (ReportUnit u : reachedFrom(oldUnits, newUnits)) {
      affected.addAll(u.memberIds());
      regroup.add(u);
    }
    previous.assertions().stream().filter(a -> freshReports.contains(a.reportId()))
        .forEach(a -> affected.add(a.assertionId()));
    Map<String, List<Membership>> automatic = new TreeMap<>();
    Set<String> dissolved = new HashSet<>();
    previous.automatic().forEach((id, members) -> {
      if (members.stream().noneMatch(m -> affected.contains(m.assertionId()))) {
        automatic.put(id, members);
      } else {
        members.forEach(m -> dissolved.add(m.assertionId()));
      }
    });
    // A dissolved incident's other units are matched again with it, so none of its members is lost.
    for (ReportUnit u : oldUnits) {
      if (!affected.contains(u.anchorId()) && dissolved.contains(u.anchorId())) {
        regroup.add(u);
      }
    }
    List<String> unattached = new ArrayList<>();
    previous.unattached().stream().filter(id -> !affected.contains(id)).forEach(unattached::add);
    automatic.putAll(group(regroup, byId, unattached));
    unattached.sort(Comparator.naturalOrder());
    return finish(byId, factory, automatic, unattached, decisions, previous);
  }

  /**
   * Takes new reports into a resolved ledger, reading only what they touch: their units, the
   * resolved units connected to them through chains of compatible units (found by area and days
   * through {@link ResolvedLedger#reportsNear}), the automatic incidents those belonged to, and
   * the incidents and assertions the decisions name. Applying the update to the previous result
   * equals resolving everything at once, decisions included. {@code fresh} must hold whole reports
   * the ledger has not resolved before.
   */
  public ResolutionUpdate update(ResolvedLedger previous, Collection<SourcedAssertion> fresh,
      List<CurationDecision> decisions) {
    ProfileFactory factory = profiles();
    ReportUnits splitter = new ReportUnits(factory);
    Map<String, SourcedAssertion> byId = new HashMap<>();
    Map<Sha256, List<SourcedAssertion>> freshReports = new TreeMap<>(Comparator.comparing(Sha256::hex));
    for (SourcedAssertion a : fresh) {
      if (byId.putIfAbsent(a.assertionId(), a) != null) {
        throw new IllegalArgumentException("assertion " + a.assertionId() + " given twice");
      }
      freshReports.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a);
    }
    List<ReportUnit> newUnits = new ArrayList<>();
    freshReports.values().forEach(list -> newUnits.addAll(splitter.of(list)));
    OldUnits old = new OldUnits(previous, splitter, byId, freshReports.keySet());
    List<ReportUnit> regroup = new ArrayList<>(newUnits);
    Set<String> taken = new HashSet<>();
    newUnits.forEach(u -> taken.add(u.anchorId()));
    Deque<MatchProfile> queue = new ArrayDeque<>();
    newUnits.stream().filter(u -> u.profile().matchable()).forEach(u -> queue.add(u.profile()));
    while (!queue.isEmpty()) {
      MatchProfile p = queue.poll();
      for (ReportUnit u : old.unitsOf(previous.reportsNear(p))) {
        if (!taken.contains(u.anchorId()) && matcher.score(p, u.profile()) >= 0) {
          taken.add(u.anchorId());
          regroup.add(u);
          queue.add(u.profile());
        }
      }
    }
    Set<String> removed = new TreeSet<>();
    for (ReportUnit u : regroup) {
      u.memberIds().forEach(id -> previous.automaticIncidentOf(id).ifPresent(removed::add));
    }
    // A dissolved incident's other units are matched again with it, so none of its members is lost.
    for (String incident : removed) {
      for (ReportUnit u : old.unitsHolding(previous.automaticMembers(incident))) {
        if (taken.add(u.anchorId())) {
          regroup.add(u);
        }
      }
    }
    Set<String> placed = new HashSet<>();
    regroup.forEach(u -> placed.addAll(u.memberIds()));
    List<String> unattached = new ArrayList<>();
    Map<String, List<Membership>> automatic = group(regroup, byId, unattached);
    unattached.sort(Comparator.naturalOrder());
    Map<String, List<Membership>> shaped = new TreeMap<>(automatic);
    for (String id : namedBy(decisions, previous, placed)) {
      if (!shaped.containsKey(id) && !removed.contains(id)) {
        List<Membership> members = previous.automaticMembers(id);
        if (!members.isEmpty()) {
          shaped.put(id, members);
          // Reads the members' reports, which the incident's summary needs.
          old.unitsHolding(members);
        }
      }
    }
    Resolution partial = finish(byId, factory, shaped, List.of(), decisions, Resolution.empty());
    Set<String> gone = new TreeSet<>(removed);
    gone.addAll(shaped.keySet());
    partial.incidents().forEach(i -> gone.add(i.id()));
    return new ResolutionUpdate(placed, automatic, unattached, gone, partial.incidents(), byId, newUnits,
        partial.decisions());
  }

  /**
   * The automatic incidents the decisions name, directly or through an assertion that was not
   * placed again (its previous incident); a decision can only read or change these.
   */
  private static Set<String> namedBy(List<CurationDecision> decisions, ResolvedLedger previous, Set<String> placed) {
    Set<String> ids = new TreeSet<>();
    List<String> assertions = new ArrayList<>();
    for (CurationDecision d : decisions) {
      if (d instanceof MergeIncidents m) {
        ids.add(m.into());
        ids.addAll(m.merged());
      } else if (d instanceof SplitAssertions s) {
        assertions.addAll(s.assertionIds());
      } else if (d instanceof MoveAssertion m) {
        ids.add(m.toIncident());
        assertions.add(m.assertionId());
      } else if (d instanceof OverrideGrade g) {
        ids.add(g.incidentId());
      } else if (d instanceof OverrideFigure f) {
        ids.add(f.incidentId());
      }
    }
    for (String a : assertions) {
      if (!placed.contains(a)) {
        previous.automaticIncidentOf(a).ifPresent(ids::add);
      }
    }
    return ids;
  }

  /** The units of resolved reports, built once per report from the ledger; reports of the update excluded. */
  private static final class OldUnits {
    private final ResolvedLedger ledger;
    private final ReportUnits splitter;
    private final Map<String, SourcedAssertion> byId;
    private final Set<Sha256> fresh;
    private final Map<Sha256, List<ReportUnit>> units = new HashMap<>();

    OldUnits(ResolvedLedger ledger, ReportUnits splitter, Map<String, SourcedAssertion> byId, Set<Sha256> fresh) {
      this.ledger = ledger;
      this.splitter = splitter;
      this.byId = byId;
      this.fresh = fresh;
    }

    List<ReportUnit> unitsOf(Collection<SourcedAssertion> assertions) {
      Map<Sha256, List<SourcedAssertion>> reports = new LinkedHashMap<>();
      for (SourcedAssertion a : assertions) {
        if (!fresh.contains(a.reportId())) {
          reports.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a);
        }
      }
      List<ReportUnit> out = new ArrayList<>();
      reports.forEach((report, list) -> out.addAll(units.computeIfAbsent(report, k -> {
        list.forEach(a -> byId.putIfAbsent(a.assertionId(), a));
        return splitter.of(list);
      })));
      return out;
    }

    /** The units holding these members, loading their reports when not yet read. */
    List<ReportUnit> unitsHolding(List<Membership> members) {
      Set<Sha256> missing = new TreeSet<>(Comparator.comparing(Sha256::hex));
      Set<String> ids = new HashSet<>();
      for (Membership m : members) {
        ids.add(m.assertionId());
        Sha256 report = reportOf(m.assertionId());
        if (!units.containsKey(report)) {
          missing.add(report);
        }
      }
      if (!missing.isEmpty()) {
        unitsOf(ledger.reports(missing));
      }
      List<ReportUnit> out = new ArrayList<>();
      for (Sha256 report : new HashSet<>(members.stream().map(m -> reportOf(m.assertionId())).toList())) {
        for (ReportUnit u : units.getOrDefault(report, List.of())) {
          if (ids.contains(u.anchorId())) {
            out.add(u);
          }
        }
      }
      return out;
    }

    private static Sha256 reportOf(String assertionId) {
      return new Sha256(assertionId.substring(0, assertionId.lastIndexOf(':')));
    }
  }

  /** The old units in the connected components of the compatibility graph the new ones touch. */
  private List<ReportUnit> reachedFrom(List<ReportUnit> old, List<ReportUnit> fresh) {
    List<ReportUnit> reached = new ArrayList<>();
    if (old.isEmpty() || fresh.isEmpty()) {
      return reached;
    }
    BlockIndex index = new BlockIndex();
    for (int i = 0; i < old.size(); i++) {
      index.add(i, old.get(i).profile());
    }
    boolean[] seen = new boolean[old.size()];
    Deque<MatchProfile> queue = new ArrayDeque<>();
    fresh.forEach(u -> queue.add(u.profile()));
    while (!queue.isEmpty()) {
      MatchProfile p = queue.poll();
      index.candidates(p, i -> {
        if (!seen[i] && matcher.score(p, old.get(i).profile()) >= 0) {
          seen[i] = true;
          reached.add(old.get(i));
          queue.add(old.get(i).profile());
        }
      });
    }
    return reached;
  }

  /**
   * Groups units and names each group after its first-reported assertion (earliest
   * publication date, then assertion id; unknown dates last), so later reports, however precise,
   * never rename an incident a person may already have referred to. The members of a statement
   * unit that joins no incident go to {@code unattached}.
   */
  private Map<String, List<Membership>> group(List<ReportUnit> units, Map<String, SourcedAssertion> byId,
      List<String> unattached) {
    List<MatchProfile> profiles = new ArrayList<>(units.size());
    units.forEach(u -> profiles.add(u.profile()));
    AutomaticMatching.Grouping g = new AutomaticMatching(matcher).group(profiles);
    Map<Integer, List<Membership>> byFounder = new LinkedHashMap<>();
    Map<Integer, SourcedAssertion> firstReported = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      int founder = g.founderOf()[i];
      ReportUnit u = units.get(i);
      if (founder < 0) {
        unattached.addAll(u.memberIds());
        continue;
      }
      List<Membership> members = byFounder.computeIfAbsent(founder, k -> new ArrayList<>());
      Membership.How how = founder == i ? Membership.How.FOUNDED : Membership.How.MATCHED;
      for (String id : u.memberIds()) {
        members.add(new Membership(id, g.score()[i], id.equals(u.anchorId()) ? how : Membership.How.ATTACHED));
        firstReported.merge(founder, byId.get(id), (x, y) -> FIRST_REPORTED.compare(x, y) <= 0 ? x : y);
      }
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
   * shaped and whose members are unchanged is reused as it was: its summary depends on nothing
   * else. The anchor of the founding unit comes first (it gives the incident its date, place and
   * type), then the others canonically by their own profiles.
   */
  private Resolution finish(Map<String, SourcedAssertion> byId, ProfileFactory factory,
      Map<String, List<Membership>> automatic, List<String> unattached, List<CurationDecision> decisions,
      Resolution previous) {
    Map<String, Incident> reusable = new HashMap<>();
    previous.incidents().stream().filter(i -> i.history().isEmpty()).forEach(i -> reusable.put(i.id(), i));
    CurationApplier curation = new CurationApplier(decisions);
    Map<String, List<Membership>> groups = curation.regroup(automatic);
    Map<String, MatchProfile> own = new HashMap<>();
    Comparator<Membership> canonical = Comparator.comparing((Membership m) -> m.how() != Membership.How.FOUNDED)
        .thenComparing(m -> own.computeIfAbsent(m.assertionId(), id -> factory.of(byId.get(id))),
            AutomaticMatching.CANONICAL);
    List<Incident> incidents = new ArrayList<>(groups.size());
    groups.forEach((id, members) -> {
      Incident unchanged = reusable.get(id);
      if (unchanged != null && unchanged.members().size() == members.size()
          && new HashSet<>(unchanged.members()).containsAll(members)) {
        incidents.add(unchanged);
        return;
      }
      List<Membership> sorted = new ArrayList<>(members);
      sorted.sort(canonical);
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
    return new Resolution(curation.override(incidents), all, frozen, unattached, curation.outcomes());
  }

  /**
   * Why an assertion is in its incident: its comparison with the incident's founding assertion,
   * field by field, or the rule that brought it with its report's event; empty when the
   * resolution does not hold the assertion in an incident.
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
    boolean attached = i.members().stream()
        .anyMatch(m -> m.assertionId().equals(assertionId) && m.how() == Membership.How.ATTACHED);
    if (attached) {
      return Optional.of(MatchExplanation.attached(assertionId, i.id()));
    }
    ProfileFactory factory = profiles();
    Map<String, SourcedAssertion> byId = new HashMap<>();
    resolution.assertions().forEach(a -> byId.put(a.assertionId(), a));
    MatchExplanation e = matcher.compare(factory.of(byId.get(assertionId)), factory.of(byId.get(i.founderAssertionId())));
    return Optional.of(e.withIncident(i.id()));
  }
}
