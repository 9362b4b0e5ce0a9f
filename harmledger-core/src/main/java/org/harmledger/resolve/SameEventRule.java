package org.harmledger.resolve;

/**
 * The SameEventRule decides whether an assertion tells of the same event as another assertion
 * of its own report (rule {@code report.same-event}). A report is about one event unless it says
 * otherwise, so only a disagreement separates them: both dates known (day to month precision)
 * and further apart than the larger slack, or both places known (first-order admin area or finer)
 * and incompatible by {@link PlaceRule}. A missing, year-only or unresolved date, or a place
 * vaguer than a province, never disagrees (within one country). Event type and perpetrator are
 * not compared: one report names one strike in several words, and quotes each side's version.
 * A statement's place agrees with any place in the same first-order admin area, since a
 * statement often names the province or city it speaks for rather than the struck street.
 * Thread-safe.
 */
final class SameEventRule {
  private final PlaceRule places = new PlaceRule();

  /** True when {@code a} tells of the event {@code anchor} describes; {@code statement} when a is one. */
  boolean same(MatchProfile a, MatchProfile anchor, boolean statement) {
    return datesAgree(a.date(), anchor.date()) && placesAgree(a, anchor, statement);
  }

  private static boolean datesAgree(DateWindow a, DateWindow b) {
    return !a.matchable() || !b.matchable() || a.gap(b) <= Math.max(a.slack(), b.slack());
  }

  private boolean placesAgree(MatchProfile a, MatchProfile b, boolean statement) {
    if (vague(a) || vague(b)) {
      return a.country().equals(b.country()) || "?".equals(a.country()) || "?".equals(b.country());
    }
    if (places.score(a, b) >= 0) {
      return true;
    }
    return statement && !a.admin1().isEmpty() && a.country().equals(b.country()) && a.admin1().equals(b.admin1());
  }

  private static boolean vague(MatchProfile p) {
    return p.place() == null || p.place().precision() >= 5;
  }
}
