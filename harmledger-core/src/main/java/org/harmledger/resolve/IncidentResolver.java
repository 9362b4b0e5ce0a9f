package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * (listed in {@link Resolution#unattached}, never an incident). A dated unit with no place, or
 * one vaguer than a province, joins the one incident that agrees with it, if exactly one does
 * ({@link SoleCandidateRule}); otherwise, like a unit with no matchable date, it stands alone for
 * a person to place. Known limit of blocking:
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
   * Resolves new assertions against a previous resolution: equal to resolving everything at once.
   * Assertions already in {@code previous} are skipped (given with other content, refused). This
   * indexes the previous resolution first, which takes time in proportion to its size; a
   * long-lived ledger keeps a {@link LedgerIndex} and calls {@link #update} instead.
   */
  public Resolution resolve(Resolution previous, Collection<SourcedAssertion> added,
      List<CurationDecision> decisions) {
    Map<String, SourcedAssertion> known = new HashMap<>();
    previous.assertions().forEach(a -> known.put(a.assertionId(), a));
    List<SourcedAssertion> fresh = new ArrayList<>();
    for (SourcedAssertion a : added) {
      SourcedAssertion was = known.putIfAbsent(a.assertionId(), a);
      if (was == null) {
        fresh.add(a);
      } else if (!was.equals(a)) {
        throw new IllegalArgumentException("assertion " + a.assertionId() + " given twice with different content");
      }
    }
    if (previous.assertions().isEmpty()) {
      return build(fresh, decisions).resolution();
    }
    return previous.with(update(LedgerIndex.of(previous, this), fresh, decisions));
  }

  /**
   * Resolves a whole ledger from scratch, as the update that builds it from nothing: every
   * assertion placed, every unit to file. Equal to {@link #update} on an empty ledger, but groups
   * all units at once, which is faster.
   */
  public ResolutionUpdate rebuild(Collection<SourcedAssertion> assertions, List<CurationDecision> decisions) {
    return build(new ArrayList<>(assertions), decisions).update();
  }

  /** A from-scratch resolution in both forms. */
  private record Built(Resolution resolution, ResolutionUpdate update) {}

  private Built build(List<SourcedAssertion> assertions, List<CurationDecision> decisions) {
    ProfileFactory factory = profiles();
    Map<String, SourcedAssertion> byId = new HashMap<>();
    Map<Sha256, List<SourcedAssertion>> byReport = new HashMap<>();
    for (SourcedAssertion a : assertions) {
      if (byId.putIfAbsent(a.assertionId(), a) != null) {
        throw new IllegalArgumentException("assertion " + a.assertionId() + " given twice");
      }
      byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a);
    }
    ReportUnits splitter = new ReportUnits(factory);
    List<ReportUnit> units = new ArrayList<>();
    byReport.values().forEach(list -> units.addAll(splitter.of(list)));
    List<String> unattached = new ArrayList<>();
    Map<String, List<Membership>> automatic = new TreeMap<>(group(units, byId, unattached));
    unattached.sort(Comparator.naturalOrder());
    Resolution r = finish(byId, factory, automatic, unattached, decisions, Resolution.empty());
    ResolutionUpdate u = new ResolutionUpdate(byId.keySet(), automatic, unattached, Set.of(), r.incidents(), byId,
        units, r.decisions());
    return new Built(r, u);
  }

  /**
   * Takes new reports into a resolved ledger, reading only what they change. Matching is replayed
   * for the new units and, in canonical order, for every unit whose choice they may change: a unit
   * compatible with one that became or stopped being a founder (found by area and days through
   * {@link ResolvedLedger#reportsNear}), and every unplaced unit that may count such a unit among
   * its candidates ({@link ResolvedLedger#unplacedReportsNear}). Only the automatic incidents
   * that gained or lost a unit are rebuilt, with every decision replayed on the incidents it names. Applying the update to
   * the previous result equals resolving everything at once, decisions included. {@code fresh}
   * must hold whole reports the ledger has not resolved before.
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
    Placements before = new Placements(previous);
    BlockIndex freshIndex = new BlockIndex();
    for (int i = 0; i < newUnits.size(); i++) {
      freshIndex.add(i, newUnits.get(i).profile());
      freshIndex.addUnplaced(i, newUnits.get(i).profile());
    }
    Set<String> freshAnchors = new HashSet<>();
    newUnits.forEach(u -> freshAnchors.add(u.anchorId()));
    Map<String, Placement> decided = new HashMap<>();
    Map<String, ReportUnit> changed = new LinkedHashMap<>();
    TreeSet<ReportUnit> queue = new TreeSet<>(Comparator.comparing(ReportUnit::profile, AutomaticMatching.CANONICAL));
    queue.addAll(newUnits);
    while (!queue.isEmpty()) {
      ReportUnit u = queue.pollFirst();
      Placement was = freshAnchors.contains(u.anchorId()) ? null : before.of(u.anchorId());
      Placement now;
      if (u.profile().unplacedEvent()) {
        // Unplaced units come after every matchable one, so every founder they may choose is settled.
        List<ReportUnit> around = new ArrayList<>(old.unitsOf(previous.reportsAround(u.profile())));
        freshIndex.placedAround(u.profile(), i -> around.add(newUnits.get(i)));
        now = soleCandidate(u, around, decided, before, freshAnchors);
      } else {
        List<ReportUnit> near = new ArrayList<>(old.unitsOf(previous.reportsNear(u.profile())));
        freshIndex.candidates(u.profile(), i -> near.add(newUnits.get(i)));
        now = bestMatch(u, near, decided, before, freshAnchors);
        boolean wasFounder = was != null && u.anchorId().equals(was.founder());
        if (!now.equals(was) && wasFounder != u.anchorId().equals(now.founder())) {
          // Every later unit that could choose this one, or had chosen it, chooses again.
          for (ReportUnit v : near) {
            if (AutomaticMatching.CANONICAL.compare(v.profile(), u.profile()) > 0
                && matcher.score(u.profile(), v.profile()) >= 0) {
              queue.add(v);
            }
          }
          // So does every unplaced account that may count it among its candidates.
          List<ReportUnit> unplaced = new ArrayList<>(old.unitsOf(previous.unplacedReportsNear(u.profile())));
          freshIndex.unplacedNear(u.profile(), i -> unplaced.add(newUnits.get(i)));
          for (ReportUnit v : unplaced) {
            if (v.profile().unplacedEvent() && SoleCandidateRule.score(v.profile(), u.profile()) >= 0) {
              queue.add(v);
            }
          }
        }
      }
      decided.put(u.anchorId(), now);
      if (!now.equals(was)) {
        changed.put(u.anchorId(), u);
      }
    }
    Set<String> founders = new TreeSet<>();
    Set<String> removed = new TreeSet<>();
    for (String anchor : changed.keySet()) {
      Placement was = freshAnchors.contains(anchor) ? null : before.of(anchor);
      if (was != null && was.founder() != null) {
        founders.add(was.founder());
        removed.add(before.incidentOf(anchor));
      }
      if (decided.get(anchor).founder() != null) {
        founders.add(decided.get(anchor).founder());
      }
    }
    Map<String, List<ReportUnit>> members = new TreeMap<>();
    Map<String, Double> scores = new HashMap<>();
    for (String founder : founders) {
      String incident = freshAnchors.contains(founder) ? null : before.incidentOfFounder(founder);
      if (incident != null) {
        removed.add(incident);
        Map<String, Double> kept = new HashMap<>();
        previous.automaticMembers(incident).forEach(m -> kept.put(m.assertionId(), m.score()));
        for (ReportUnit u : old.unitsHolding(previous.automaticMembers(incident))) {
          if (!changed.containsKey(u.anchorId())) {
            members.computeIfAbsent(founder, k -> new ArrayList<>()).add(u);
            scores.put(u.anchorId(), kept.get(u.anchorId()));
          }
        }
      }
    }
    List<String> unattached = new ArrayList<>();
    for (ReportUnit u : changed.values()) {
      Placement now = decided.get(u.anchorId());
      if (now.founder() == null) {
        unattached.addAll(u.memberIds());
      } else {
        members.computeIfAbsent(now.founder(), k -> new ArrayList<>()).add(u);
        scores.put(u.anchorId(), now.score());
      }
    }
    unattached.sort(Comparator.naturalOrder());
    Set<String> placed = new HashSet<>(unattached);
    Map<String, List<Membership>> automatic = new TreeMap<>();
    members.forEach((founder, units) -> {
      List<Membership> ms = new ArrayList<>();
      SourcedAssertion first = null;
      for (ReportUnit u : units) {
        for (String id : u.memberIds()) {
          Membership.How how = !id.equals(u.anchorId()) ? Membership.How.ATTACHED
              : id.equals(founder) ? Membership.How.FOUNDED : joinedHow(u);
          ms.add(new Membership(id, id.equals(founder) ? 1.0 : scores.get(u.anchorId()), how));
          placed.add(id);
          SourcedAssertion a = byId.get(id);
          first = first == null || FIRST_REPORTED.compare(a, first) < 0 ? a : first;
        }
      }
      automatic.put(IncidentIds.of(first.assertionId()), ms);
    });
    Map<String, List<Membership>> shaped = new TreeMap<>(automatic);
    for (String id : namedBy(decisions, previous, placed)) {
      if (!shaped.containsKey(id) && !removed.contains(id)) {
        List<Membership> named = previous.automaticMembers(id);
        if (!named.isEmpty()) {
          shaped.put(id, named);
          // Reads the members' reports, which the incident's summary needs.
          old.unitsHolding(named);
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

  /** Where a matchable unit goes: the compatible founder scoring highest (canonically first on a tie), else itself. */
  private Placement bestMatch(ReportUnit u, List<ReportUnit> near, Map<String, Placement> decided, Placements before,
      Set<String> freshAnchors) {
    ReportUnit best = null;
    double bestScore = -1;
    for (ReportUnit c : near) {
      if (AutomaticMatching.CANONICAL.compare(c.profile(), u.profile()) >= 0
          || !founds(c, decided, before, freshAnchors)) {
        continue;
      }
      double score = matcher.score(u.profile(), c.profile());
      if (score >= 0 && (score > bestScore
          || (score == bestScore && AutomaticMatching.CANONICAL.compare(c.profile(), best.profile()) < 0))) {
        best = c;
        bestScore = score;
      }
    }
    return best != null ? new Placement(best.anchorId(), bestScore)
        : u.profile().isStatement() ? Placement.UNATTACHED : new Placement(u.anchorId(), 1.0);
  }

  /** Where an unplaced unit goes (rule incident.sole-candidate): its only agreeing founder, else itself. */
  private static Placement soleCandidate(ReportUnit u, List<ReportUnit> around, Map<String, Placement> decided,
      Placements before, Set<String> freshAnchors) {
    Map<String, Double> agreeing = new HashMap<>();
    for (ReportUnit c : around) {
      double score = SoleCandidateRule.score(u.profile(), c.profile());
      if (score >= 0 && founds(c, decided, before, freshAnchors)) {
        agreeing.put(c.anchorId(), score);
      }
    }
    if (agreeing.size() != 1) {
      return new Placement(u.anchorId(), 1.0);
    }
    Map.Entry<String, Double> only = agreeing.entrySet().iterator().next();
    return new Placement(only.getKey(), only.getValue());
  }

  /** How a unit's anchor joined an incident it did not found: matched, or as an unplaced account's sole candidate. */
  private static Membership.How joinedHow(ReportUnit u) {
    return u.profile().unplacedEvent() ? Membership.How.SOLE_CANDIDATE : Membership.How.MATCHED;
  }

  /** True when the unit founds an incident as matching stands: decided in this update, else as before. */
  private static boolean founds(ReportUnit c, Map<String, Placement> decided, Placements before, Set<String> fresh) {
    Placement p = decided.get(c.anchorId());
    if (p == null) {
      p = fresh.contains(c.anchorId()) ? null : before.of(c.anchorId());
    }
    return p != null && c.anchorId().equals(p.founder());
  }

  /** Where a unit stands: the anchor of its incident's founding unit (null when unattached) and its score. */
  private record Placement(String founder, double score) {
    static final Placement UNATTACHED = new Placement(null, 0);
  }

  /** The placements of resolved units, read from the ledger's automatic grouping, each incident once. */
  private static final class Placements {
    private final ResolvedLedger ledger;
    private final Map<String, List<Membership>> members = new HashMap<>();
    private final Map<String, String> incidentOfFounder = new HashMap<>();

    Placements(ResolvedLedger ledger) {
      this.ledger = ledger;
    }

    String incidentOf(String anchor) {
      return ledger.automaticIncidentOf(anchor).orElse(null);
    }

    Placement of(String anchor) {
      String incident = incidentOf(anchor);
      if (incident == null) {
        return Placement.UNATTACHED;
      }
      List<Membership> ms = members.computeIfAbsent(incident, ledger::automaticMembers);
      String founder = null;
      double score = 0;
      for (Membership m : ms) {
        if (m.how() == Membership.How.FOUNDED) {
          founder = m.assertionId();
          incidentOfFounder.put(founder, incident);
        }
        if (m.assertionId().equals(anchor)) {
          score = m.score();
        }
      }
      return new Placement(founder, score);
    }

    /** The incident the unit founded, null when it founded none (it may have been another's member). */
    String incidentOfFounder(String founder) {
      String known = incidentOfFounder.get(founder);
      if (known != null) {
        return known;
      }
      return founder.equals(of(founder).founder()) ? incidentOf(founder) : null;
    }
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
      Membership.How how = founder == i ? Membership.How.FOUNDED : joinedHow(u);
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
    return resolution.incidentOf(assertionId).map(i -> explain(i, assertionId, resolution.assertions()));
  }

  /**
   * Why {@code assertionId} is in {@code incident}. A matched member is compared with the founder
   * as each was matched: by the profile of its report's account of the event, whose gaps the
   * report's other assertions about it fill. {@code assertions} must hold those assertions (the
   * incident's members do, or the whole resolution).
   */
  public MatchExplanation explain(Incident incident, String assertionId, Collection<SourcedAssertion> assertions) {
    if (incident.founderAssertionId().equals(assertionId)) {
      return MatchExplanation.founded(assertionId, incident.id());
    }
    Membership m = incident.members().stream().filter(x -> x.assertionId().equals(assertionId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("assertion " + assertionId + " is not in " + incident.id()));
    if (m.how() == Membership.How.ATTACHED) {
      return MatchExplanation.attached(assertionId, incident.id());
    }
    if (m.how() == Membership.How.SOLE_CANDIDATE) {
      return MatchExplanation.soleCandidate(assertionId, incident.id(), m.score());
    }
    ReportUnits splitter = new ReportUnits(profiles());
    return matcher.compare(unitProfile(assertions, splitter, assertionId),
        unitProfile(assertions, splitter, incident.founderAssertionId())).withIncident(incident.id());
  }

  /**
   * The profile an assertion was matched by: that of its report's unit, whose gaps its other
   * members fill (an undated strike takes the date the same report gives its account of the event).
   */
  private static MatchProfile unitProfile(Collection<SourcedAssertion> assertions, ReportUnits splitter,
      String assertionId) {
    Sha256 report = null;
    for (SourcedAssertion a : assertions) {
      if (a.assertionId().equals(assertionId)) {
        report = a.reportId();
      }
    }
    List<SourcedAssertion> ofReport = new ArrayList<>();
    for (SourcedAssertion a : assertions) {
      if (a.reportId().equals(report)) {
        ofReport.add(a);
      }
    }
    for (ReportUnit u : splitter.of(ofReport)) {
      if (u.memberIds().contains(assertionId)) {
        return u.profile();
      }
    }
    throw new IllegalStateException("assertion " + assertionId + " is in no unit of its report");
  }
}
