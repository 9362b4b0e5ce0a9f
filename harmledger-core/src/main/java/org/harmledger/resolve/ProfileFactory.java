package org.harmledger.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;

/**
 * A ProfileFactory turns assertions and incidents into MatchProfiles, folding perpetrators to
 * their root party and event types to their family. It caches name keys, so one factory serves
 * one resolution run; not thread-safe.
 */
public final class ProfileFactory {
  private final EventFamilies families;
  private final PartyRelations parties;
  private final Map<String, String> keys = new HashMap<>();

  public ProfileFactory(EventFamilies families, PartyRelations parties) {
    this.families = Objects.requireNonNull(families, "families");
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  public MatchProfile of(SourcedAssertion a) {
    Assertion as = a.assertion();
    return of(a.assertionId(), as.eventType(), as.date(), as.place(), as.perpetrator());
  }

  /**
   * The profile of an assertion read with the event its report is about ({@code reportEvent},
   * null when the report has none). A statement that gives no resolved date or no place of its
   * own borrows them from that event, so an undated condemnation attaches to the strike its
   * report describes rather than standing alone (rule {@code statement.report-event}).
   */
  public MatchProfile of(SourcedAssertion a, Assertion reportEvent) {
    Assertion as = a.assertion();
    if (reportEvent == null || !as.isStatement()) {
      return of(a);
    }
    DateRef date = as.date() != null && as.date().isResolved() ? as.date() : reportEvent.date();
    PlaceRef place = as.place() != null ? as.place() : reportEvent.place();
    return of(a.assertionId(), as.eventType(), date, place, as.perpetrator());
  }

  public MatchProfile of(String id, String eventType, DateRef date, PlaceRef place, ActorRef perpetrator) {
    String country = place == null || place.country() == null ? "?" : place.country().trim().toUpperCase(Locale.ROOT);
    return new MatchProfile(id, eventType, families.familyOf(eventType), DateWindow.of(date), place, country,
        place == null ? "" : key(place.admin1()), place == null ? "" : key(place.admin2()),
        place == null ? "" : key(place.name()), parties.root(perpetrator == null ? null : perpetrator.actorId()));
  }

  private String key(String name) {
    if (name == null) {
      return "";
    }
    return keys.computeIfAbsent(name, MatchProfile::areaKey);
  }
}
