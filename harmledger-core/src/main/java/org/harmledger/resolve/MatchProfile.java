package org.harmledger.resolve;

import java.util.Objects;
import java.util.Set;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.PlaceRef;

/**
 * A MatchProfile is what matching looks at in an assertion or incident: event type and its
 * family, the date window, the place with its name and admin areas as matching keys (country,
 * first- and second-order admin area; empty when unknown), and the perpetrator's root party.
 * A profile is matchable when its date window is and its place is at least first-order admin
 * precision (where_prec 1-4). {@code families} holds every event family the profile stands for:
 * its own, plus those of the other events its report tells of the same event (rule
 * {@code report.same-event}). Build profiles with a {@link ProfileFactory}.
 */
public record MatchProfile(
    String id, String eventType, String family, DateWindow date, PlaceRef place, String country,
    String admin1, String admin2, String nameKey, String perpetrator, Set<String> families) {

  /** A profile that stands for its own event family only. */
  public MatchProfile(String id, String eventType, String family, DateWindow date, PlaceRef place, String country,
      String admin1, String admin2, String nameKey, String perpetrator) {
    this(id, eventType, family, date, place, country, admin1, admin2, nameKey, perpetrator, Set.of(family));
  }

  public MatchProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(admin2, "admin2");
    Objects.requireNonNull(nameKey, "nameKey");
    families = Set.copyOf(families);
    if (!families.contains(family)) {
      throw new IllegalArgumentException("families " + families + " must include the profile's own " + family);
    }
  }

  public boolean isStatement() {
    return EventFamilies.STATEMENT.equals(family);
  }

  public boolean matchable() {
    return date.matchable() && place != null && place.precision() <= 4;
  }

  /**
   * True for an event that is dated but not placed at province precision or finer (no place, or
   * where_prec 5-7): never matchable, it is placed by rule {@code incident.sole-candidate}.
   */
  public boolean unplacedEvent() {
    return !isStatement() && date.matchable() && (place == null || place.precision() >= 5);
  }

  /** The blocking area: country and first-order admin area. */
  public String area() {
    return country + "|" + admin1;
  }

  /**
   * An admin area or place name as a key, so transliteration variants ("Deir ez-Zor", "Deir Ezzor")
   * meet: the gazetteer's key without spaces, reduced to its first letter and the consonants
   * after it with doubled letters collapsed ("deirzor" and "deirezzor" both become "drzr"). Loose,
   * but safe here: admin areas are few and are only compared within one country.
   */
  static String areaKey(String name) {
    if (name == null) {
      return "";
    }
    String joined = PlaceNames.key(name).replace(" ", "");
    if (joined.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder().append(joined.charAt(0));
    for (int i = 1; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if ("aeiouy".indexOf(c) < 0 && c != key.charAt(key.length() - 1)) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
