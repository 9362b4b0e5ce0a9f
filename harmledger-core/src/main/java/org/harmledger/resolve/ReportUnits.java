package org.harmledger.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;

/**
 * ReportUnits splits the assertions of one report into {@link ReportUnit}s, one per event the
 * report tells of (rule {@code report.same-event}). The report's events are taken most telling
 * first: matchable before not, the primary assertion first, then the most precise date and place,
 * then the order in the text. Each joins the first unit whose anchor it agrees with by
 * {@link SameEventRule}, or anchors a new unit. Each statement joins the first unit it agrees
 * with (rule {@code statement.report-event}); the statements that agree with none group the same
 * way into units of statements only. A unit is matched by its
 * anchor's profile with the gaps filled from its other members: the primary's event type, every
 * member event's family, the first matchable date (events before statements), the first place
 * of province precision or finer, and the first named perpetrator. So an undated body sentence,
 * a year-only date or a province-level place joins the report's event instead of founding an
 * incident of its own. A unit with no usable date at all is read as recent news (rule
 * {@code report.publication-window}). Not thread-safe (it shares the run's {@link ProfileFactory}).
 */
final class ReportUnits {
  /** How many days before its publication a report's undated account may speak of. */
  static final int PUBLICATION_DAYS = 14;

  private final ProfileFactory factory;
  private final SameEventRule rule = new SameEventRule();

  ReportUnits(ProfileFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** The units of one report's assertions, in any order; the result does not depend on it. */
  List<ReportUnit> of(List<SourcedAssertion> report) {
    if (report.size() == 1) {
      SourcedAssertion only = report.get(0);
      return List.of(unit(List.of(new Member(only, factory.of(only))), only.assertion().isStatement()));
    }
    List<Member> events = new ArrayList<>();
    List<Member> statements = new ArrayList<>();
    for (SourcedAssertion a : report) {
      Member m = new Member(a, factory.of(a));
      (a.assertion().isStatement() ? statements : events).add(m);
    }
    events.sort(MOST_TELLING);
    statements.sort(Comparator.comparingInt(Member::index).thenComparing(Member::id));
    List<List<Member>> units = new ArrayList<>();
    for (Member e : events) {
      place(units, e, false);
    }
    List<ReportUnit> out = new ArrayList<>();
    List<List<Member>> answers = new ArrayList<>();
    for (Member s : statements) {
      if (!place(units, s, true)) {
        answer(answers, s);
      }
    }
    units.forEach(u -> out.add(unit(u, false)));
    answers.forEach(a -> out.add(unit(a, true)));
    return out;
  }

  /**
   * Adds a statement that tells of none of the report's events to the first statements-only unit
   * it agrees with, or starts one (rule {@code statement.report-event}): a condemnation and the
   * demand that follows it in one press conference answer one event.
   */
  private void answer(List<List<Member>> answers, Member s) {
    for (List<Member> a : answers) {
      if (rule.same(s.profile(), a.get(0).profile(), true)) {
        a.add(s);
        return;
      }
    }
    List<Member> a = new ArrayList<>();
    a.add(s);
    answers.add(a);
  }

  /** Adds the member to the first unit it agrees with; a statement never anchors one. */
  private boolean place(List<List<Member>> units, Member m, boolean statement) {
    for (List<Member> u : units) {
      if (rule.same(m.profile(), u.get(0).profile(), statement)) {
        u.add(m);
        return true;
      }
    }
    if (!statement) {
      List<Member> u = new ArrayList<>();
      u.add(m);
      units.add(u);
    }
    return false;
  }

  private ReportUnit unit(List<Member> members, boolean statementsOnly) {
    Member anchor = members.get(0);
    if (members.size() == 1 && anchor.profile().date().matchable()) {
      return new ReportUnit(anchor.assertion().reportId(), anchor.profile(), List.of(anchor.id()));
    }
    String eventType = members.stream().filter(m -> m.assertion().assertion().primary() && !m.isStatement())
        .findFirst().orElse(anchor).assertion().assertion().eventType();
    Set<String> families = new LinkedHashSet<>();
    DateWindow window = null;
    PlaceRef place = null;
    String perpetrator = null;
    // Members are events most telling first, then statements; the first usable value of each field wins.
    for (Member m : members) {
      MatchProfile p = m.profile();
      if (!m.isStatement()) {
        families.addAll(p.families());
        perpetrator = perpetrator == null ? p.perpetrator() : perpetrator;
      }
      window = window == null && p.date().matchable() ? p.date() : window;
      place = place == null && p.place() != null && p.place().precision() <= 4 ? p.place() : place;
    }
    String family = factory.familyOf(eventType);
    families.addAll(factory.familiesOf(eventType));
    if (statementsOnly) {
      perpetrator = anchor.profile().perpetrator();
    }
    if (window == null) {
      window = publicationWindow(members);
    }
    MatchProfile profile = factory.of(anchor.id(), eventType, family, families,
        window == null ? anchor.profile().date() : window, place == null ? anchor.assertion().assertion().place() : place,
        perpetrator);
    List<String> ids = new ArrayList<>();
    members.forEach(m -> ids.add(m.id()));
    return new ReportUnit(anchor.assertion().reportId(), profile, ids);
  }

  /**
   * For a unit that gives no usable date: the {@value #PUBLICATION_DAYS} days up to its report's
   * publication, which an undated account of an event or an undated statement speaks of (rule
   * {@code report.publication-window}); null when the report has no publication date or a member
   * gives a date (a year, say) outside that window.
   */
  private static DateWindow publicationWindow(List<Member> members) {
    LocalDate published = members.get(0).assertion().report().published();
    if (published == null) {
      return null;
    }
    int day = (int) published.toEpochDay();
    for (Member m : members) {
      DateRef d = m.assertion().assertion().date();
      if (d != null && d.isResolved() && d.start() != null && d.end() != null
          && (d.start().toEpochDay() > day || d.end().toEpochDay() < day - PUBLICATION_DAYS)) {
        return null;
      }
    }
    return new DateWindow(day - PUBLICATION_DAYS, day, 0, true);
  }

  /** One assertion of the report with its own profile. */
  private record Member(SourcedAssertion assertion, MatchProfile profile) {
    String id() {
      return assertion.assertionId();
    }

    boolean isStatement() {
      return assertion.assertion().isStatement();
    }

    /** The position in the report, from the standard id {@code report:index}; other ids sort last. */
    int index() {
      String id = assertion.assertionId();
      String tail = id.substring(id.lastIndexOf(':') + 1);
      return tail.isEmpty() || !tail.chars().allMatch(Character::isDigit) || tail.length() > 9 ? Integer.MAX_VALUE
          : Integer.parseInt(tail);
    }
  }

  /** Matchable first, then the primary, then the most precise date and place, then text order. */
  private static final Comparator<Member> MOST_TELLING = Comparator
      .comparing((Member m) -> !m.profile().matchable())
      .thenComparing(m -> !m.assertion().assertion().primary())
      .thenComparingInt(m -> AutomaticMatching.dateRank(m.profile()))
      .thenComparingInt(m -> m.profile().place() == null ? 8 : m.profile().place().precision())
      .thenComparingInt(Member::index)
      .thenComparing(Member::id);
}
