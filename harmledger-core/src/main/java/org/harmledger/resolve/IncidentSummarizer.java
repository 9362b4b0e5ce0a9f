package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmledger.model.Assertion;

/**
 * The IncidentSummarizer establishes an incident from its member assertions: founder fields,
 * sources, attribution, figures, grade and response. Members come in canonical order, founder
 * first. Thread-safe.
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
    return new Incident(id, members.get(0).assertionId(), founder.eventType(), founder.date(), founder.place(),
        attribution, new ArrayList<>(distinct.values()), figures.estimate(members, sources), graded.grade(),
        graded.response(), memberships, List.of());
  }
}
