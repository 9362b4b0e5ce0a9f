package org.harmledger.resolve;

import java.util.Locale;

/** The kind of outlet a Publisher is; {@code UNKNOWN} for publishers missing from the registry. */
public enum PublisherType {
  WIRE_AGENCY, STATE_MEDIA, INDEPENDENT_MEDIA, ALIGNED_MEDIA, MONITORING_NGO, BELLIGERENT_PRESS_OFFICE,
  REFERENCE_DATASET, INTERNATIONAL_ORGANISATION, UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code such as {@code wire_agency}. */
  public static PublisherType fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
