package org.harmledger.actors;

import java.util.Locale;

/** The kind of party an Actor is; ACLED's actor categories are kept alongside in {@link Actor#acledCategory()}. */
public enum ActorType {
  STATE_FORCES,
  FOREIGN_STATE_FORCES,
  COALITION,
  NON_STATE_ARMED_GROUP,
  GOVERNMENT,
  MONITORING_GROUP,
  INTERNATIONAL_ORGANISATION,
  MEDIA,
  CIVILIANS,
  UNNAMED_SOURCE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
