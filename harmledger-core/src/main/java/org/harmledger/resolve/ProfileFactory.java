package org.harmledger.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.PlaceRef;

/**
 * A ProfileFactory turns assertions and incidents into MatchProfiles, folding perpetrators to
 * their root party and event types to their family. A statement's own date, when it was not
 * written out but read from the dateline, the publication or a relative expression, is the day
 * the statement was made: its window reaches {@value #RESPONSE_DAYS} days back, to the event it
 * answers (rule {@code statement.response-window}). It caches name keys, so one factory serves
 * one resolution run; not thread-safe.
 */
public final class ProfileFactory {
  /** How many days before it a statement dated by its own publication may speak of. */
  public static final int RESPONSE_DAYS = 7;

  private final EventFamilies families;
  private final PartyRelations parties;
  private final Map<String, String> keys = new HashMap<>();

  public ProfileFactory(EventFamilies families, PartyRelations parties) {
    this.families = Objects.requireNonNull(families, "families");
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /** The profile of one assertion on its own. */
  public MatchProfile of(SourcedAssertion a) {
    Assertion as = a.assertion();
    return of(a.assertionId(), as.eventType(), families.familyOf(as.eventType()), families.familiesOf(as.eventType()),
        windowOf(as), as.place(),
        parties.root(as.perpetrator() == null ? null : as.perpetrator().actorId()));
  }

  public MatchProfile of(String id, String eventType, DateRef date, PlaceRef place, ActorRef perpetrator) {
    return of(id, eventType, families.familyOf(eventType), families.familiesOf(eventType), DateWindow.of(date), place,
        parties.root(perpetrator == null ? null : perpetrator.actorId()));
  }

  /** A profile from fields already folded: the family sets, the window and the perpetrator's root party. */
  MatchProfile of(String id, String eventType, String family, Set<String> all, DateWindow window, PlaceRef place,
      String perpetratorRoot) {
    String country = place == null || place.country() == null ? "?" : place.country().trim().toUpperCase(Locale.ROOT);
    return new MatchProfile(id, eventType, family, window, place, country,
        place == null ? "" : key(place.admin1()), place == null ? "" : key(place.admin2()),
        place == null ? "" : key(place.name()), perpetratorRoot, all);
  }

  /** The family of an event type. */
  String familyOf(String eventType) {
    return families.familyOf(eventType);
  }

  /** Every family an event type can name. */
  Set<String> familiesOf(String eventType) {
    return families.familiesOf(eventType);
  }

  /** The date window of an assertion, reaching back for a statement dated by its own publication. */
  static DateWindow windowOf(Assertion a) {
    DateWindow own = DateWindow.of(a.date());
    boolean published = a.date() != null && a.date().resolvedFrom() != DateResolution.EXPLICIT;
    return a.isStatement() && published ? own.reachingBack(RESPONSE_DAYS) : own;
  }

  private String key(String name) {
    if (name == null) {
      return "";
    }
    return keys.computeIfAbsent(name, MatchProfile::areaKey);
  }
}
