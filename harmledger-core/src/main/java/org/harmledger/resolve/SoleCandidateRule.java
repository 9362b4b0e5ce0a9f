package org.harmledger.resolve;

/**
 * The SoleCandidateRule places a report's account of an event that does not say where (rule
 * {@value #RULE}): an event unit that is dated, by its own date or its report's publication
 * window, but whose place is missing or vaguer than a province (a witness who names no town, a
 * district the gazetteer does not know) joins an incident when exactly one incident founded by a
 * placed and dated unit agrees with it. Agreeing means: windows within the larger slack, event
 * families compatible, the same perpetrator when the account names one, and the same country
 * when it gives one. With two or more such incidents it stays alone for a person to place, as a
 * monitor attributes an unplaced account only when nothing else it could be about happened.
 * The place counts 0 in the score, so such a member always scores below a matched one.
 * Stateless and thread-safe.
 */
final class SoleCandidateRule {
  static final String RULE = "incident.sole-candidate";

  private SoleCandidateRule() {}

  /**
   * The score in (0, 1) of an unplaced profile with a candidate founding profile, or -1 when the
   * founder cannot be what the unplaced account is about.
   */
  static double score(MatchProfile unplaced, MatchProfile founder) {
    if (!founder.matchable() || founder.isStatement()) {
      return -1;
    }
    if (!"?".equals(unplaced.country()) && !unplaced.country().equals(founder.country())) {
      return -1;
    }
    if (unplaced.perpetrator() != null && !unplaced.perpetrator().equals(founder.perpetrator())) {
      return -1;
    }
    double date = IncidentMatcher.dateScore(unplaced.date(), founder.date());
    double type = IncidentMatcher.typeScore(unplaced, founder);
    if (date < 0 || type < 0) {
      return -1;
    }
    return IncidentMatcher.weighted(date, 0, type, IncidentMatcher.perpetratorScore(unplaced.perpetrator(),
        founder.perpetrator()));
  }

  /** Why an unplaced account is in its incident, in words. */
  static String explanation() {
    return RULE + ": its report does not say where (no place, or one vaguer than a province); this is the only "
        + "incident whose date, event type, perpetrator and country agree with it";
  }
}
