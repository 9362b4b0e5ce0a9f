package org.harmledger.actors;

import java.util.Locale;
import java.util.Optional;

/** The kind of party an Actor is; ACLED's actor categories are kept alongside in {@link Actor#acledCategory()}. */
public enum ActorType {
  STATE_FORCES,
  FOREIGN_STATE_FORCES,
  COALITION,
  NON_STATE_ARMED_GROUP,
  GOVERNMENT,
  MONITORING_GROUP,
  INTERNATIONAL_ORGANISATION,
  HUMANITARIAN_ORGANISATION,
  MEDIA,
  CIVILIANS,
  UNNAMED_SOURCE;

  /** The code used in dictionary files: the name in lower case ({@code non_state_armed_group}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this code, if there is one. */
  public static Optional<ActorType> fromCode(String code) {
    for (ActorType type : values()) {
      if (type.code().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
