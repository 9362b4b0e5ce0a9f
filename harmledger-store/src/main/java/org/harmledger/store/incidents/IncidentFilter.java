package org.harmledger.store.incidents;

import java.time.LocalDate;

/**
 * An IncidentFilter selects incidents for a list; a null field does not filter. {@code from} and
 * {@code to} keep incidents whose date range overlaps them; admin1 and country compare without
 * regard to case; perpetrator is an actor id; {@code minKilled} compares with the best killed
 * total (civilians when no total is reported), so incidents without a figure are left out.
 */
public record IncidentFilter(
    LocalDate from, LocalDate to, String admin1, String country, String perpetrator, String eventType, String grade,
    Long minKilled) {

  public IncidentFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (minKilled != null && minKilled < 0) {
      throw new IllegalArgumentException("--min-killed must be >= 0 but was " + minKilled);
    }
  }

  /** The filter that keeps every incident. */
  public static IncidentFilter all() {
    return new IncidentFilter(null, null, null, null, null, null, null, null);
  }
}
