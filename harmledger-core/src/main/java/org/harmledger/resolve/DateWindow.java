package org.harmledger.resolve;

import java.time.LocalDate;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;

/**
 * A DateWindow is the range of days, as epoch days {@code [lo, hi]}, within which an assertion
 * places its event, plus the slack in days a match may be off by. Precision rules: an explicit
 * day has no slack; a day resolved from a relative expression, a dateline or the publication
 * date has one day of slack (night strikes are reported under either date); a span or week is
 * its own range; a month is the whole calendar month. Year precision and unresolved dates are
 * not matchable: such an assertion founds an incident of its own for a person to review.
 */
public record DateWindow(int lo, int hi, int slack, boolean matchable) {
  private static final DateWindow NONE = new DateWindow(0, 0, 0, false);

  public DateWindow {
    if (matchable && hi < lo) {
      throw new IllegalArgumentException("hi " + hi + " is before lo " + lo);
    }
  }

  public static DateWindow of(DateRef date) {
    if (date == null || !date.isResolved()) {
      return NONE;
    }
    DatePrecision p = date.precision();
    if (p == DatePrecision.YEAR || p == DatePrecision.UNRESOLVED) {
      return NONE;
    }
    LocalDate start = date.start();
    LocalDate end = date.end();
    if (p == DatePrecision.MONTH) {
      start = start.withDayOfMonth(1);
      end = end.withDayOfMonth(end.lengthOfMonth());
    }
    int slack = p == DatePrecision.DAY && date.resolvedFrom() != DateResolution.EXPLICIT ? 1 : 0;
    return new DateWindow((int) start.toEpochDay(), (int) end.toEpochDay(), slack, true);
  }

  /**
   * This window reaching {@code days} further into the past: a statement dated by its own
   * publication speaks of an event up to that many days before (rule statement.response-window).
   */
  public DateWindow reachingBack(int days) {
    return matchable ? new DateWindow(lo - days, hi, slack, true) : this;
  }

  /** Days between the two windows, 0 when they overlap. */
  public int gap(DateWindow other) {
    return Math.max(0, Math.max(lo, other.lo) - Math.min(hi, other.hi));
  }

  public int width() {
    return hi - lo + 1;
  }
}
