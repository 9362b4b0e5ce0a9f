package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmledger.model.Assertion;

/**
 * The IncidentSummarizer establishes an incident from its member assertions: founder fields,
 * sources, attribution, figures, grade and response. Members come in canonical order, founder
 * first. The incident takes its date and place from the founder, and the event type most of its
 * event assertions give (the founder's on a tie; rule {@code incident.event-type.most-reported}),
 * since one source's odd word for a strike should not name it. Thread-safe.
 */
final class IncidentSummarizer {
  private final SourceIndependence independence;
  private final PartyRelations parties;
  private final FigureEstimator figures = new FigureEstimator();
  private final Grader grader;

  IncidentSummarizer(SourceIndependence independence, PartyRelations parties, Grader grader) {
    this.independence = Objects.requireNonNull(independence, "independence");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.grader = Objects.requireNonNull(grader, "grader");
  }

  /** The incident of these members, with no curation history yet (the CurationApplier adds it). */
  Incident summarize(String id, List<SourcedAssertion> members, List<Membership> memberships) {
    Map<String, Source> sources = independence.sourcesOf(members);
    Map<String, String> rootOf = new HashMap<>();
    for (SourcedAssertion a : members) {
      Assertion as = a.assertion();
      rootOf.put(a.assertionId(), parties.root(as.perpetrator() == null ? null : as.perpetrator().actorId()));
    }
    Attribution attribution = Attribution.of(members, sources, rootOf);
    Grader.Result graded = grader.grade(members, sources, attribution);
    Map<String, Source> distinct = new TreeMap<>();
    for (SourcedAssertion a : members) {
      Source s = sources.get(a.assertionId());
      distinct.merge(s.key(), s, (x, y) -> x.partisan() && !y.partisan() ? y : x);
    }
    Assertion founder = members.get(0).assertion();
    return new Incident(id, members.get(0).assertionId(), eventType(members), founder.date(), founder.place(),
        attribution, new ArrayList<>(distinct.values()), figures.estimate(members, sources), graded.grade(),
        graded.response(), memberships, List.of());
  }

  /** The event type most event members give; the earliest in member order (founder first) on a tie. */
  private static String eventType(List<SourcedAssertion> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SourcedAssertion a : members) {
      if (!a.assertion().isStatement()) {
        counts.merge(a.assertion().eventType(), 1, Integer::sum);
      }
    }
    String best = members.get(0).assertion().eventType();
    int most = counts.getOrDefault(best, 0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
