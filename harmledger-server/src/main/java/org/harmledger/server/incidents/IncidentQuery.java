package org.harmledger.server.incidents;

import java.time.LocalDate;
import java.util.Locale;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Outcome;

/**
 * An IncidentQuery filters incidents: dates overlapping [from, to], province (admin1) and country
 * of the place, the perpetrator (the attributed party or any party a source names), the event
 * type, the grade, and at least {@code minKilled} killed (best estimate of the total, or of
 * civilians where no total is known). Null fields do not filter.
 */
public record IncidentQuery(
    LocalDate from, LocalDate to, String admin1, String country, String perpetrator, String eventType,
    String grade, Long minKilled) {

  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null, null, null, null);
  }

  public boolean matches(Incident i) {
    if (from != null && (i.date() == null || i.date().end() == null || i.date().end().isBefore(from))) {
      return false;
    }
    if (to != null && (i.date() == null || i.date().start() == null || i.date().start().isAfter(to))) {
      return false;
    }
    if (admin1 != null && (i.place() == null || !same(admin1, i.place().admin1()))) {
      return false;
    }
    if (country != null && (i.place() == null || !same(country, i.place().country()))) {
      return false;
    }
    if (perpetrator != null && !perpetrator.equals(i.attribution().perpetrator())
        && !i.attribution().named().containsKey(perpetrator)) {
      return false;
    }
    if (eventType != null && !i.eventType().equals(eventType)) {
      return false;
    }
    if (grade != null && !i.grade().grade().code().equals(grade.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return minKilled == null || killed(i) >= minKilled;
  }

  /** The best estimate of people killed: the total when known, else civilians, else 0. */
  public static long killed(Incident i) {
    return i.figure(Outcome.KILLED, CasualtyCategory.TOTAL)
        .or(() -> i.figure(Outcome.KILLED, CasualtyCategory.CIVILIANS))
        .map(Figure::best)
        .orElse(0L);
  }

  private static boolean same(String wanted, String actual) {
    return actual != null && actual.equalsIgnoreCase(wanted);
  }
}
