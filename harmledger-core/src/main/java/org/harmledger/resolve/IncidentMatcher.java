package org.harmledger.resolve;

import java.util.List;
import java.util.TreeSet;

/**
 * The IncidentMatcher compares an assertion's profile with an incident's. They are compatible
 * when every field is: dates within the larger slack of the two windows ({@link DateWindow}),
 * places by {@link PlaceRule}, event types of one family (a statement goes with any event, a
 * wildcard type with any family, a profile standing for several families with any of them),
 * and perpetrators always (the same party, or one unknown,
 * agree; two different named parties still match but score low and make the incident
 * contested). The score is the mean of the field scores with the perpetrator at half weight
 * ({@link #weighted}); windows a day apart score half what overlapping windows of the same width would. The relation is symmetric.
 * {@link #score} is the allocation-free path used in bulk; {@link #compare} explains the same
 * decision. Thread-safe.
 */
public final class IncidentMatcher {
  private final PlaceRule places = new PlaceRule();

  /** The match score in (0, 1], or -1 when the profiles are not compatible. */
  public double score(MatchProfile a, MatchProfile b) {
    double date = dateScore(a.date(), b.date());
    if (date < 0) {
      return -1;
    }
    double type = typeScore(a, b);
    if (type < 0) {
      return -1;
    }
    double place = places.score(a, b);
    if (place < 0) {
      return -1;
    }
    return weighted(date, place, type, perpetratorScore(a.perpetrator(), b.perpetrator()));
  }

  /** The same decision as {@link #score}, field by field with the rules in words. */
  public MatchExplanation compare(MatchProfile assertion, MatchProfile incident) {
    List<FieldAgreement> fields = List.of(
        date(assertion.date(), incident.date()),
        places.compare(assertion, incident),
        eventType(assertion, incident),
        perpetrator(assertion.perpetrator(), incident.perpetrator()));
    boolean matched = fields.stream().allMatch(FieldAgreement::compatible);
    double score = weighted(fields.get(0).score(), fields.get(1).score(), fields.get(2).score(), fields.get(3).score());
    return new MatchExplanation(assertion.id(), null, matched, matched ? score : 0, fields);
  }

  /**
   * The match score: the weighted mean of the field scores, the perpetrator at half the weight of
   * the others, since who a source blames is a claim that competes, while when, where and what
   * happened place the event (a partisan outlet naming the other side must not pull its report
   * to another day or village).
   */
  static double weighted(double date, double place, double type, double perpetrator) {
    return (date + place + type + PERPETRATOR_WEIGHT * perpetrator) / (3 + PERPETRATOR_WEIGHT);
  }

  private static final double PERPETRATOR_WEIGHT = 0.5;

  static double dateScore(DateWindow a, DateWindow b) {
    if (!a.matchable() || !b.matchable()) {
      return -1;
    }
    int gap = a.gap(b);
    if (gap > Math.max(a.slack(), b.slack())) {
      return -1;
    }
    int width = Math.max(a.width(), b.width());
    double overlap = width == 1 ? 1.0 : width <= 7 ? 0.6 : 0.4;
    // A day off is allowed, but scores half what overlapping windows as wide would: an overlapping report is
    // likelier the same event, so a statement's week-long response window prefers the strike it overlaps.
    return gap > 0 ? overlap / 2 : overlap;
  }

  static FieldAgreement date(DateWindow a, DateWindow b) {
    double s = dateScore(a, b);
    String rule;
    if (!a.matchable() || !b.matchable()) {
      rule = "a year-precision or unresolved date is not matched";
    } else if (s < 0) {
      rule = a.gap(b) + " days apart, allowed " + Math.max(a.slack(), b.slack());
    } else if (a.gap(b) > 0) {
      rule = a.gap(b) + " day apart, within the one-day slack of a relative date";
    } else if (s == 1.0) {
      rule = "same day";
    } else {
      rule = "overlapping ranges, widest " + Math.max(a.width(), b.width()) + " days";
    }
    return new FieldAgreement("date", s >= 0, Math.max(0, s), rule);
  }

  static double typeScore(MatchProfile a, MatchProfile b) {
    if (a.eventType().equals(b.eventType())) {
      return 1.0;
    }
    if (a.isStatement() || b.isStatement()) {
      return 0.6;
    }
    if (a.family().equals(b.family())) {
      return 0.8;
    }
    if (shareFamily(a, b)) {
      return 0.7;
    }
    return familiesCompatible(a.family(), b.family()) ? 0.5 : -1;
  }

  /** True when one profile stands for a family of the other (a report told of one event in two words). */
  static boolean shareFamily(MatchProfile a, MatchProfile b) {
    if (a.families().size() == 1 && b.families().size() == 1) {
      return false;
    }
    for (String f : a.families()) {
      if (b.families().contains(f)) {
        return true;
      }
    }
    return false;
  }

  static FieldAgreement eventType(MatchProfile a, MatchProfile b) {
    double s = typeScore(a, b);
    String rule;
    if (s == 1.0) {
      rule = "same event type " + a.eventType();
    } else if (a.isStatement() || b.isStatement()) {
      rule = "a statement attaches to the event it is about";
    } else if (s == 0.8) {
      rule = "same family " + a.family();
    } else if (s == 0.7) {
      rule = "a family in common among the events the reports tell of it " + new TreeSet<>(a.families()) + " / "
          + new TreeSet<>(b.families());
    } else if (s > 0) {
      rule = "an unknown event type goes with any family";
    } else {
      rule = "families " + a.family() + " and " + b.family() + " differ";
    }
    return new FieldAgreement("event_type", s >= 0, Math.max(0, s), rule);
  }

  static boolean familiesCompatible(String a, String b) {
    return a.equals(b) || EventFamilies.WILDCARD.equals(a) || EventFamilies.WILDCARD.equals(b)
        || EventFamilies.STATEMENT.equals(a) || EventFamilies.STATEMENT.equals(b);
  }

  static double perpetratorScore(String a, String b) {
    if (a == null && b == null) {
      return 0.5;
    }
    if (a == null || b == null) {
      return 0.6;
    }
    return a.equals(b) ? 1.0 : 0.1;
  }

  static FieldAgreement perpetrator(String a, String b) {
    double s = perpetratorScore(a, b);
    String rule;
    if (a == null && b == null) {
      rule = "perpetrator unknown on both sides";
    } else if (a == null || b == null) {
      rule = "perpetrator named on one side only";
    } else if (a.equals(b)) {
      rule = "same perpetrator " + a;
    } else {
      rule = "competing attribution: " + a + " vs " + b;
    }
    return new FieldAgreement("perpetrator", true, s, rule);
  }
}
