package org.harmledger.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Sha256;

/**
 * SourceIndependence decides which assertions come from the same source. Reports of one
 * publisher family are one source; a republication is the source of its original when the
 * original is among the assertions given, else it is keyed by the original's report id, so a
 * later-arriving original folds into it. An assertion is partisan when its claimant, or its
 * publisher's alignment, is a party whose side is an enemy of the perpetrator's side.
 */
public final class SourceIndependence {
  private final PublisherRegistry publishers;
  private final PartyRelations parties;

  public SourceIndependence(PublisherRegistry publishers, PartyRelations parties) {
    this.publishers = Objects.requireNonNull(publishers, "publishers");
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /** The source of each assertion, by assertion id. */
  public Map<String, Source> sourcesOf(List<SourcedAssertion> assertions) {
    Map<Sha256, String> familyByReport = new HashMap<>();
    for (SourcedAssertion a : assertions) {
      familyByReport.put(a.reportId(), publishers.lookup(a.report().publisher()).family());
    }
    Map<String, Source> sources = new HashMap<>();
    for (SourcedAssertion a : assertions) {
      Publisher publisher = publishers.lookup(a.report().publisher());
      String key = publisher.family();
      if (a.republicationOf() != null) {
        key = familyByReport.getOrDefault(a.republicationOf(), "report:" + a.republicationOf().hex());
      }
      String side = partisanSide(a, publisher);
      sources.put(a.assertionId(), new Source(key, publisher, side != null, side));
    }
    return sources;
  }

  private String partisanSide(SourcedAssertion a, Publisher publisher) {
    String perpetrator = parties.root(actorId(a.assertion().perpetrator()));
    if (perpetrator == null) {
      return null;
    }
    String claimant = parties.root(actorId(a.assertion().claimant()));
    if (parties.areEnemies(claimant, perpetrator)) {
      return parties.side(claimant);
    }
    String aligned = parties.root(publisher.alignment());
    if (parties.areEnemies(aligned, perpetrator)) {
      return parties.side(aligned);
    }
    return null;
  }

  private static String actorId(ActorRef ref) {
    return ref == null ? null : ref.actorId();
  }
}
