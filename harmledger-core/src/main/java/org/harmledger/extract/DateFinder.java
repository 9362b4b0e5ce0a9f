package org.harmledger.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Span;

/**
 * DateFinder is the stage that finds when things happened. Written dates ("5 January 2019",
 * "2019-01-05", "January 2019") resolve on their own; relative ones ("on Friday", "yesterday",
 * "earlier this week", "two days ago", "last month", "on Jan. 5") count back from the publication
 * date the way news is written, in the past tense: a weekday is the most recent such day on or
 * before publication. Two days joined ("on Thursday and Friday", "between Oct. 10 and Oct. 12")
 * are one span. Without a publication date a relative expression keeps its text and span but
 * stays unresolved.
 */
public final class DateFinder implements MentionFinder<DateRef> {
  private static final Pattern JOIN = Pattern.compile("\\s*(?:and|to|until|-|–)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  /** One date pattern, the words its matches can start with, and how a match becomes a DateRef (null when it names no real date). */
  private record Rule(Pattern pattern, Gate gate, Resolver resolver) {}

  @FunctionalInterface
  private interface Resolver {
    DateRef resolve(Matcher m, LocalDate published, String text, Span span);
  }

  private final CalendarWords calendar;
  private final Map<String, Long> numberWords;
  private final List<Rule> rules = new ArrayList<>();
  private final Gate anyRule;

  public DateFinder(RuleSet ruleSet) {
    DateRules d = ruleSet.dates();
    this.calendar = new CalendarWords(d);
    this.numberWords = ruleSet.numbers().units();
    String month = calendar.month();
    String day = "(\\d{1,2})(?:st|nd|rd|th)?";
    Gate digits = Gate.of(List.of()).withDigits();
    Gate months = Gate.of(d.months().keySet());
    Gate on = Gate.of(List.of("on"));
    rules.add(new Rule(ISO, digits, (m, p, t, s) -> explicitDay(m.group(1), Integer.parseInt(m.group(2)), m.group(3), t, s)));
    rules.add(new Rule(Pattern.compile(day + "\\s+(?:of\\s+)?" + month + ",?\\s+(\\d{4})(?!\\d)"), digits,
        (m, p, t, s) -> explicitDay(m.group(3), calendar.monthNumber(m.group(2)), m.group(1), t, s)));
    rules.add(new Rule(Pattern.compile(month + "\\s+" + day + ",?\\s+(\\d{4})(?!\\d)"), months,
        (m, p, t, s) -> explicitDay(m.group(3), calendar.monthNumber(m.group(1)), m.group(2), t, s)));
    rules.add(new Rule(Pattern.compile(month + ",?\\s+(\\d{4})(?!\\d)"), months,
        (m, p, t, s) -> explicitMonth(Integer.parseInt(m.group(2)), calendar.monthNumber(m.group(1)), t, s)));
    rules.add(new Rule(Pattern.compile("(?:on\\s+)?" + month + "\\s+" + day + "(?!\\d|,?\\s+\\d{4})"),
        months.plus(List.of("on")), (m, p, t, s) -> yearless(calendar.monthNumber(m.group(1)), m.group(2), p, t, s)));
    rules.add(new Rule(Pattern.compile("(?:on\\s+)?" + day + "\\s+(?:of\\s+)?" + month + "(?!,?\\s+\\d{4})"),
        on.withDigits(), (m, p, t, s) -> yearless(calendar.monthNumber(m.group(2)), m.group(1), p, t, s)));
    List<String> yearWords = List.of("in", "during", "since", "throughout");
    rules.add(new Rule(Pattern.compile("(?i:" + String.join("|", yearWords) + ")\\s+((?:19|20)\\d\\d)(?!\\d)"),
        Gate.of(yearWords), (m, p, t, s) -> new DateRef(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
            LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), DatePrecision.YEAR, DateResolution.EXPLICIT, t, s)));
    List<String> weekdayLead = List.of("on", "last", "this past", "late on", "early on", "late", "early");
    rules.add(new Rule(Pattern.compile("(?:(?i:" + String.join("|", weekdayLead).replace(" ", "\\s+") + ")\\s+)?"
        + calendar.weekday() + "(?:\\s+(?i:morning|afternoon|evening|night))?"),
        Gate.of(weekdayLead).plus(d.weekdays().keySet()),
        (m, p, t, s) -> relative(p, t, s, pub -> weekdayOnOrBefore(pub, calendar.weekdayNumber(m.group(1))),
            DatePrecision.DAY)));
    phrases(d.yesterday(), (m, p, t, s) -> relative(p, t, s, pub -> pub.minusDays(1), DatePrecision.DAY));
    phrases(d.today(), (m, p, t, s) -> p == null
        ? DateRef.unresolved(t, s) : new DateRef(p, p, DatePrecision.DAY, DateResolution.PUBLICATION, t, s));
    phrases(d.earlierThisWeek(), (m, p, t, s) -> p == null ? DateRef.unresolved(t, s)
        : span(p.with(DayOfWeek.MONDAY), p.getDayOfWeek() == DayOfWeek.MONDAY ? p : p.minusDays(1), t, s,
            DatePrecision.SPAN));
    phrases(d.lastWeek(), (m, p, t, s) -> p == null ? DateRef.unresolved(t, s)
        : span(p.with(DayOfWeek.MONDAY).minusWeeks(1), p.with(DayOfWeek.MONDAY).minusDays(1), t, s, DatePrecision.WEEK));
    phrases(d.lastMonth(), (m, p, t, s) -> p == null ? DateRef.unresolved(t, s) : month(YearMonth.from(p).minusMonths(1), t, s));
    phrases(d.thisMonth(), (m, p, t, s) -> p == null ? DateRef.unresolved(t, s)
        : span(p.withDayOfMonth(1), p, t, s, DatePrecision.MONTH));
    phrases(d.lastYear(), (m, p, t, s) -> p == null ? DateRef.unresolved(t, s)
        : span(LocalDate.of(p.getYear() - 1, 1, 1), LocalDate.of(p.getYear() - 1, 12, 31), t, s, DatePrecision.YEAR));
    rules.add(new Rule(Pattern.compile("(\\d{1,3}|" + Phrases.alternation(numberWords.keySet()) + ")\\s+"
        + Phrases.alternation(d.daysAgo()), Pattern.CASE_INSENSITIVE), Gate.of(numberWords.keySet()).withDigits(),
        (m, p, t, s) -> daysAgo(m.group(1), p, t, s)));
    this.anyRule = Gate.union(rules.stream().map(Rule::gate).toList());
  }

  private void phrases(List<String> phrases, Resolver resolver) {
    rules.add(new Rule(Phrases.anyOf(phrases), Gate.of(phrases), resolver));
  }

  @Override
  public List<DateRef> find(AnalyzedText analyzed) {
    String text = analyzed.text();
    LocalDate published = analyzed.published();
    List<DateRef> found = new ArrayList<>();
    int[] candidates = anyRule.admitted(analyzed.words(), 0, text.length());
    for (Rule rule : rules) {
      rule.gate().scan(rule.pattern(), text, analyzed.words(), candidates, m -> {
        DateRef ref = rule.resolver().resolve(m, published, m.group(), new Span(m.start(), m.end()));
        if (ref != null) {
          found.add(ref);
        }
      });
    }
    found.sort(Comparator.comparingInt((DateRef r) -> r.span().start()).thenComparing(r -> -r.span().length()));
    List<DateRef> kept = new ArrayList<>();
    for (DateRef ref : found) {
      DateRef last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last != null && last.span().overlaps(ref.span())) {
        continue;
      }
      DateRef joined = last == null ? null : joined(text, last, ref);
      if (joined != null) {
        kept.set(kept.size() - 1, joined);
      } else {
        kept.add(ref);
      }
    }
    return kept;
  }

  private static boolean dayOrUnresolved(DateRef d) {
    return d.precision() == DatePrecision.DAY || !d.isResolved();
  }

  /** "on Thursday and Friday", "between Oct. 10 and Oct. 12": two days joined are one span, else null. */
  private static DateRef joined(String text, DateRef first, DateRef second) {
    if (!dayOrUnresolved(first) || !dayOrUnresolved(second)
        || !JOIN.matcher(text).region(first.span().end(), second.span().start()).matches()) {
      return null;
    }
    Span span = new Span(first.span().start(), second.span().end());
    String covered = span.coveredText(text);
    if (!first.isResolved() || !second.isResolved()) {
      return DateRef.unresolved(covered, span);
    }
    if (!first.start().isBefore(second.start())) {
      return null;
    }
    return new DateRef(first.start(), second.end(), DatePrecision.SPAN, first.resolvedFrom(), covered, span);
  }

  private static DateRef explicitDay(String year, int month, String day, String text, Span span) {
    return CalendarWords.date(year, month, day)
        .map(d -> new DateRef(d, d, DatePrecision.DAY, DateResolution.EXPLICIT, text, span)).orElse(null);
  }

  private static DateRef explicitMonth(int year, int month, String text, Span span) {
    if (month < 1 || year < 1 || year > 9999) {
      return null;
    }
    YearMonth ym = YearMonth.of(year, month);
    return new DateRef(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, DateResolution.EXPLICIT, text, span);
  }

  /** "on Jan. 5": the most recent such day on or before publication. */
  private static DateRef yearless(int month, String day, LocalDate published, String text, Span span) {
    if (published == null) {
      return CalendarWords.date("2000", month, day).isPresent() ? DateRef.unresolved(text, span) : null;
    }
    LocalDate sameYear = CalendarWords.date(String.valueOf(published.getYear()), month, day).orElse(null);
    LocalDate date = sameYear != null && !sameYear.isAfter(published) ? sameYear
        : CalendarWords.date(String.valueOf(published.getYear() - 1), month, day).orElse(null);
    return date == null ? null : new DateRef(date, date, DatePrecision.DAY, DateResolution.RELATIVE, text, span);
  }

  private DateRef daysAgo(String count, LocalDate published, String text, Span span) {
    Long n = numberWords.get(count.toLowerCase(java.util.Locale.ROOT));
    long days = n != null ? n : Long.parseLong(count);
    return relative(published, text, span, p -> p.minusDays(days), DatePrecision.DAY);
  }

  private static DateRef relative(LocalDate published, String text, Span span,
      Function<LocalDate, LocalDate> resolve, DatePrecision precision) {
    if (published == null) {
      return DateRef.unresolved(text, span);
    }
    LocalDate d = resolve.apply(published);
    return new DateRef(d, d, precision, DateResolution.RELATIVE, text, span);
  }

  private static DateRef span(LocalDate start, LocalDate end, String text, Span span, DatePrecision precision) {
    return new DateRef(start, end.isBefore(start) ? start : end, precision, DateResolution.RELATIVE, text, span);
  }

  private static DateRef month(YearMonth ym, String text, Span span) {
    return new DateRef(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, DateResolution.RELATIVE, text, span);
  }

  private static LocalDate weekdayOnOrBefore(LocalDate published, int isoDay) {
    return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
  }
}
