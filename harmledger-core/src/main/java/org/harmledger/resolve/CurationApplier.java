package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CurationApplier replays people's decisions over an automatic grouping, oldest first (ties
 * in the order given). Membership decisions (merge, split, move) change the grouping; overrides
 * (grade, figure) change established incidents, so they are applied in a second pass, but each
 * incident's history and the outcomes list every decision in the order it was made. A decision
 * naming an incident or assertion that does not exist in this run is not applied and says why.
 * Not thread-safe; one per run.
 */
final class CurationApplier {
  private final List<CurationDecision> decisions;
  private final List<DecisionOutcome> outcomes = new ArrayList<>();
  private final Map<String, List<CurationDecision>> history = new HashMap<>();
  /** Each decision's place in time, by identity: two decisions may be equal values. */
  private final Map<CurationDecision, Integer> order = new IdentityHashMap<>();

  CurationApplier(List<CurationDecision> decisions) {
    List<CurationDecision> sorted = new ArrayList<>(decisions);
    sorted.sort(Comparator.comparing(CurationDecision::at));
    this.decisions = sorted;
    for (int i = 0; i < sorted.size(); i++) {
      order.put(sorted.get(i), i);
    }
  }

  /** Applies merges, splits and moves to a copy of the grouping; returns the new grouping. */
  Map<String, List<Membership>> regroup(Map<String, List<Membership>> automatic) {
    if (decisions.stream().noneMatch(d -> d instanceof MergeIncidents || d instanceof SplitAssertions
        || d instanceof MoveAssertion)) {
      return new TreeMap<>(automatic);
    }
    Map<String, List<Membership>> groups = new TreeMap<>();
    Map<String, String> incidentOf = new HashMap<>();
    automatic.forEach((id, members) -> {
      groups.put(id, new ArrayList<>(members));
      members.forEach(m -> incidentOf.put(m.assertionId(), id));
    });
    for (CurationDecision d : decisions) {
      if (d instanceof MergeIncidents merge) {
        List<String> missing = new ArrayList<>();
        if (!groups.containsKey(merge.into())) {
          missing.add(merge.into());
        }
        merge.merged().stream().filter(id -> !groups.containsKey(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
          outcomes.add(new DecisionOutcome(d, false, "no incident " + missing + " in this resolution"));
          continue;
        }
        for (String from : merge.merged()) {
          for (Membership m : groups.remove(from)) {
            move(groups, incidentOf, m.assertionId(), merge.into());
          }
        }
        record(d, merge.into());
      } else if (d instanceof SplitAssertions split) {
        List<String> unknown = split.assertionIds().stream().filter(a -> !incidentOf.containsKey(a)).toList();
        if (!unknown.isEmpty()) {
          outcomes.add(new DecisionOutcome(d, false, "no assertion " + unknown + " in this resolution"));
          continue;
        }
        for (String a : split.assertionIds()) {
          record(d, incidentOf.get(a));
        }
        groups.putIfAbsent(split.newIncidentId(), new ArrayList<>());
        for (String a : split.assertionIds()) {
          move(groups, incidentOf, a, split.newIncidentId());
        }
        record(d, split.newIncidentId());
      } else if (d instanceof MoveAssertion move) {
        if (!incidentOf.containsKey(move.assertionId()) || !groups.containsKey(move.toIncident())) {
          outcomes.add(new DecisionOutcome(d, false, "no assertion " + move.assertionId() + " or no incident "
              + move.toIncident() + " in this resolution"));
          continue;
        }
        record(d, incidentOf.get(move.assertionId()));
        move(groups, incidentOf, move.assertionId(), move.toIncident());
        record(d, move.toIncident());
      }
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /** Applies grade and figure overrides to the established incidents, by id. */
  List<Incident> override(List<Incident> incidents) {
    if (decisions.isEmpty()) {
      return incidents;
    }
    Map<String, Incident> byId = new TreeMap<>();
    incidents.forEach(i -> byId.put(i.id(), i));
    for (CurationDecision d : decisions) {
      if (d instanceof OverrideGrade g) {
        apply(byId, d, g.incidentId(), i -> withGrade(i, new GradeAssessment(g.grade(), "grade.override",
            g.actor() + ": " + g.reason())));
      } else if (d instanceof OverrideFigure f) {
        apply(byId, d, f.incidentId(), i -> withFigure(i, f));
      }
    }
    List<Incident> result = new ArrayList<>();
    byId.forEach((id, i) -> result.add(history.containsKey(id) ? withHistory(i, inOrder(history.get(id))) : i));
    return result;
  }

  /** What became of each decision, oldest first. */
  List<DecisionOutcome> outcomes() {
    List<DecisionOutcome> sorted = new ArrayList<>(outcomes);
    sorted.sort(Comparator.comparingInt(o -> order.get(o.decision())));
    return List.copyOf(sorted);
  }

  private List<CurationDecision> inOrder(List<CurationDecision> h) {
    List<CurationDecision> sorted = new ArrayList<>(h);
    sorted.sort(Comparator.comparingInt(order::get));
    return sorted;
  }

  private void apply(Map<String, Incident> byId, CurationDecision d, String id,
      java.util.function.UnaryOperator<Incident> change) {
    Incident i = byId.get(id);
    if (i == null) {
      outcomes.add(new DecisionOutcome(d, false, "no incident " + id + " in this resolution"));
      return;
    }
    byId.put(id, change.apply(i));
    record(d, id);
  }

  private void record(CurationDecision d, String incidentId) {
    List<CurationDecision> h = history.computeIfAbsent(incidentId, k -> new ArrayList<>());
    if (h.stream().noneMatch(x -> x == d)) {
      h.add(d);
    }
    if (outcomes.stream().noneMatch(o -> o.decision() == d)) {
      outcomes.add(new DecisionOutcome(d, true, "applied"));
    }
  }

  private static void move(Map<String, List<Membership>> groups, Map<String, String> incidentOf, String assertionId,
      String to) {
    String from = incidentOf.get(assertionId);
    Membership m = groups.get(from) == null ? null
        : groups.get(from).stream().filter(x -> x.assertionId().equals(assertionId)).findFirst().orElse(null);
    if (m != null) {
      groups.get(from).remove(m);
    }
    double score = m == null ? 0 : m.score();
    groups.get(to).add(new Membership(assertionId, score, Membership.How.CURATED));
    incidentOf.put(assertionId, to);
  }

  private static Incident withGrade(Incident i, GradeAssessment g) {
    return new Incident(i.id(), i.founderAssertionId(), i.eventType(), i.date(), i.place(), i.attribution(),
        i.sources(), i.figures(), g, i.response(), i.members(), i.history());
  }

  private static Incident withFigure(Incident i, OverrideFigure f) {
    List<Figure> figures = new ArrayList<>();
    List<SourceFigure> history = i.figure(f.outcome(), f.category()).map(Figure::history).orElse(List.of());
    List<SourceFigure> used = i.figure(f.outcome(), f.category()).map(Figure::used).orElse(List.of());
    i.figures().stream().filter(x -> x.outcome() != f.outcome() || x.category() != f.category()).forEach(figures::add);
    figures.add(new Figure(f.outcome(), f.category(), f.low(), f.best(), f.high(), "figure.override", used, history,
        f.actor() + ": " + f.reason()));
    figures.sort(Comparator.comparing(Figure::outcome).thenComparing(Figure::category));
    return new Incident(i.id(), i.founderAssertionId(), i.eventType(), i.date(), i.place(), i.attribution(),
        i.sources(), figures, i.grade(), i.response(), i.members(), i.history());
  }

  private static Incident withHistory(Incident i, List<CurationDecision> h) {
    return new Incident(i.id(), i.founderAssertionId(), i.eventType(), i.date(), i.place(), i.attribution(),
        i.sources(), i.figures(), i.grade(), i.response(), i.members(), h);
  }
}
