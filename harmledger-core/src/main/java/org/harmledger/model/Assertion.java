package org.harmledger.model;

import java.util.List;
import java.util.Objects;

/**
 * An Assertion is one claim that a report makes about one event: what happened, when, where,
 * by whom, according to whom, and to whom. Missing fields are null, never invented. For
 * statement events ({@code statement.*}) the perpetrator is the party the statement is about
 * and the claimant is the speaker.
 */
public record Assertion(
    boolean primary,
    String eventType,
    DateRef date,
    PlaceRef place,
    ActorRef perpetrator,
    ActorRef claimant,
    Casualties killed,
    Casualties injured,
    Casualties missing,
    boolean tollMayRise,
    List<Evidence> evidence) {

  public Assertion {
    Objects.requireNonNull(eventType, "eventType");
    killed = killed == null ? Casualties.none() : killed;
    injured = injured == null ? Casualties.none() : injured;
    missing = missing == null ? Casualties.none() : missing;
    evidence = List.copyOf(evidence);
  }

  public boolean isStatement() {
    return eventType.startsWith("statement.");
  }
}
