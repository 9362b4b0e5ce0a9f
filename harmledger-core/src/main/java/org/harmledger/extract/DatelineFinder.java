package org.harmledger.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Span;

/**
 * DatelineFinder is the PublicationDateFinder for news text. Within the first lines it accepts a
 * full date that stands on its own line, follows a publication word ("Published September 21
 * 2016") or a weekday ("Wed 05 Apr 2017"), or an agency dateline ("DAMASCUS, Jan 12 (Reuters) -").
 * An agency dateline without a year takes the latest year written in the text; when the text names
 * no year it is returned unresolved, so its words are still known not to be an event date. Full dates inside running sentences are events, not datelines.
 */
public final class DatelineFinder implements PublicationDateFinder {
  private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
  private static final Pattern TRAILER = Pattern.compile(
      "[\\s,;|–—-]*(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|AM|PM))?)?\\s*(?:\\(?\\p{Lu}{2,4}\\)?)?[\\s.,|]*");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20\\d\\d)(?!\\d)");

  private final CalendarWords calendar;
  private final int window;
  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;
  private final Pattern iso;
  private final Pattern prefix;
  private final Pattern weekdayLead;
  private final Pattern agency;

  public DatelineFinder(RuleSet rules) {
    this.calendar = new CalendarWords(rules.dates());
    this.window = rules.dates().datelineWindow();
    this.dayMonthYear = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + calendar.month() + ",?\\s+(\\d{4})(?!\\d)");
    this.monthDayYear = Pattern.compile(calendar.month() + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    this.iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    this.prefix = Pattern.compile("\\s*" + Phrases.alternation(rules.dates().datelinePrefixes()) + "\\s*:?\\s*",
        Pattern.CASE_INSENSITIVE);
    this.weekdayLead = Pattern.compile("\\s*" + calendar.weekday() + ",?\\s+");
    this.agency = Pattern.compile("\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40},\\s+" + calendar.month()
        + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\(|[-–—])");
  }

  @Override
  public Optional<DateRef> find(String text) {
    Matcher line = LINE.matcher(text);
    line.region(0, Math.min(text.length(), window));
    while (line.find()) {
      Optional<DateRef> found = inLine(text, line.start(), line.end());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<DateRef> inLine(String text, int start, int end) {
    int from = start;
    int lead = -1;
    Matcher p = prefix.matcher(text).region(start, end);
    Matcher w = weekdayLead.matcher(text).region(start, end);
    if (p.lookingAt()) {
      from = p.end();
    } else if (w.lookingAt()) {
      from = w.end();
      lead = w.start(1);
    }
    boolean introduced = from > start;
    Optional<DateRef> full = fullDate(text, from, end, introduced, lead);
    if (full.isPresent()) {
      return full;
    }
    Matcher a = agency.matcher(text).region(start, end);
    if (a.lookingAt()) {
      String year = a.group(3) != null ? a.group(3) : latestYear(text);
      int e = a.end(a.group(3) != null ? 3 : 2);
      if (year == null) {
        return Optional.of(DateRef.unresolved(text.substring(a.start(1), e), new Span(a.start(1), e)));
      }
      return CalendarWords.date(year, calendar.monthNumber(a.group(1)), a.group(2)).map(d -> dated(d, text, a.start(1), e));
    }
    return Optional.empty();
  }

  /**
   * A full date at {@code from}; unless introduced by a prefix it must fill the line up to a time
   * or punctuation. The span starts at the weekday leading it ({@code lead}), if any.
   */
  private Optional<DateRef> fullDate(String text, int from, int end, boolean introduced, int lead) {
    for (Pattern pattern : new Pattern[] {dayMonthYear, monthDayYear, iso}) {
      Matcher m = pattern.matcher(text).region(from, end);
      if (m.lookingAt() && (introduced || restIsTrivial(text, m.end(), end))) {
        Optional<LocalDate> date = pattern == iso
            ? CalendarWords.date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))
            : pattern == dayMonthYear
                ? CalendarWords.date(m.group(3), calendar.monthNumber(m.group(2)), m.group(1))
                : CalendarWords.date(m.group(3), calendar.monthNumber(m.group(1)), m.group(2));
        int s = lead >= 0 ? lead : m.start();
        int e = m.end();
        return date.map(d -> dated(d, text, s, e));
      }
    }
    return Optional.empty();
  }

  private static boolean restIsTrivial(String text, int from, int end) {
    return TRAILER.matcher(text).region(from, end).matches();
  }

  private static String latestYear(String text) {
    Matcher y = YEAR.matcher(text);
    String latest = null;
    while (y.find()) {
      if (latest == null || y.group(1).compareTo(latest) > 0) {
        latest = y.group(1);
      }
    }
    return latest;
  }

  private static DateRef dated(LocalDate date, String text, int start, int end) {
    return new DateRef(date, date, DatePrecision.DAY, DateResolution.DATELINE, text.substring(start, end), new Span(start, end));
  }
}
