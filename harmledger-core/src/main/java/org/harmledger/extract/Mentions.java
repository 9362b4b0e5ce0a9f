package org.harmledger.extract;

import java.util.List;
import java.util.Optional;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * Mentions are everything the finder stages read from one text, in text order, plus the dateline
 * (whose date is the publication's, not an event's). The segmenter and builder work from these.
 */
public record Mentions(
    List<EventMention> events,
    List<DateRef> dates,
    List<PlaceRef> places,
    List<CasualtyMention> casualties,
    List<RoleMention> roles,
    List<Span> tollRises,
    Optional<DateRef> dateline) {

  public Mentions {
    events = List.copyOf(events);
    dates = List.copyOf(dates);
    places = List.copyOf(places);
    casualties = List.copyOf(casualties);
    roles = List.copyOf(roles);
    tollRises = List.copyOf(tollRises);
  }
}
