package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.ActorRef;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;

/**
 * The FactChecker compares the assertions of one report with the ledger's incidents. An
 * assertion compatible with an incident (the {@link IncidentMatcher} rules) is corroborated
 * unless it names another perpetrator or gives a figure outside the incident's low..high; then
 * it disagrees. An assertion that is not compatible with any incident but would be if its date
 * were up to {@value #NEAR_DAYS} days off, or its place anywhere in the same first-order admin
 * area, disagrees on the date or the place. Otherwise: no_match. Statements are checked for the
 * incident they are about but carry no figures. Thread-safe.
 */
public final class FactChecker {
  static final int NEAR_DAYS = 7;

  private final IncidentResolver resolver;

  public FactChecker(IncidentResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  public List<FactCheck> check(List<SourcedAssertion> report, List<Incident> incidents) {
    ProfileFactory factory = resolver.profiles();
    IncidentMatcher matcher = resolver.matcher();
    List<MatchProfile> ledger = new ArrayList<>(incidents.size());
    for (Incident i : incidents) {
      ledger.add(factory.of(i.id(), i.eventType(), i.date(), i.place(), perpetratorOf(i)));
    }
    List<FactCheck> checks = new ArrayList<>();
    for (SourcedAssertion a : report) {
      MatchProfile p = factory.of(a);
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < ledger.size(); i++) {
        double s = matcher.score(p, ledger.get(i));
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      checks.add(best >= 0 ? judge(a, p, incidents.get(best), ledger.get(best)) : near(a, p, incidents, ledger));
    }
    return checks;
  }

  private static ActorRef perpetratorOf(Incident i) {
    String p = i.attribution().perpetrator();
    return p == null ? null : new ActorRef(p, p, null, null);
  }

  private static FactCheck judge(SourcedAssertion a, MatchProfile p, Incident incident, MatchProfile ledger) {
    List<String> reasons = new ArrayList<>();
    if (p.perpetrator() != null && !incident.attribution().named().isEmpty()
        && !incident.attribution().named().containsKey(p.perpetrator())) {
      reasons.add("other perpetrator: " + p.perpetrator() + ", the ledger has " + incident.attribution().named().keySet());
    }
    if (!a.assertion().isStatement()) {
      for (Outcome outcome : Outcome.values()) {
        for (CasualtyCategory category : CasualtyCategory.values()) {
          Count c = outcome.of(a.assertion()).get(category);
          Figure f = c == null ? null : incident.figure(outcome, category).orElse(null);
          if (f != null && !f.admits(c.min(), c.max())) {
            reasons.add("figure outside the known range: " + outcome.code() + " " + category.code() + " "
                + c.min() + (c.max() == null ? "+" : c.isExact() ? "" : "-" + c.max()) + " vs " + f.low() + ".."
                + (f.high() == null ? "open" : f.high()));
          }
        }
      }
    }
    if (reasons.isEmpty()) {
      return new FactCheck(a.assertionId(), Verdict.CORROBORATED, incident.id(),
          List.of("matches incident " + incident.id() + " (" + incident.grade().grade().code() + ")"));
    }
    return new FactCheck(a.assertionId(), Verdict.DISAGREES, incident.id(), reasons);
  }

  private FactCheck near(SourcedAssertion a, MatchProfile p, List<Incident> incidents, List<MatchProfile> ledger) {
    IncidentMatcher matcher = resolver.matcher();
    MatchProfile wideDate = new MatchProfile(p.id(), p.eventType(), p.family(),
        new DateWindow(p.date().lo(), p.date().hi(), NEAR_DAYS, p.date().matchable()), p.place(), p.country(),
        p.admin1(), p.admin2(), p.nameKey(), p.perpetrator(), p.families());
    MatchProfile wideArea = new MatchProfile(p.id(), p.eventType(), p.family(), p.date(), admin1Only(p.place()),
        p.country(), p.admin1(), "", "", p.perpetrator(), p.families());
    for (int i = 0; i < ledger.size(); i++) {
      MatchProfile l = ledger.get(i);
      MatchProfile lArea = new MatchProfile(l.id(), l.eventType(), l.family(), l.date(), admin1Only(l.place()),
          l.country(), l.admin1(), "", "", l.perpetrator(), l.families());
      if (matcher.score(wideDate, l) >= 0) {
        return new FactCheck(a.assertionId(), Verdict.DISAGREES, incidents.get(i).id(), List.of("other date: "
            + describe(a.assertion().date()) + ", the ledger has " + describe(incidents.get(i).date())));
      }
      if (matcher.score(wideArea, lArea) >= 0) {
        return new FactCheck(a.assertionId(), Verdict.DISAGREES, incidents.get(i).id(), List.of("other place: "
            + name(a.assertion().place()) + ", the ledger has " + name(incidents.get(i).place())));
      }
    }
    return new FactCheck(a.assertionId(), Verdict.NO_MATCH, null, List.of("no incident in the ledger matches"));
  }

  private static PlaceRef admin1Only(PlaceRef p) {
    return p == null ? null : new PlaceRef(p.admin1(), null, null, null, p.admin1(), null, p.country(),
        Math.max(4, p.precision()), p.text(), p.span());
  }

  private static String describe(DateRef d) {
    return d == null || !d.isResolved() ? "no date" : d.start().equals(d.end()) ? d.start().toString()
        : d.start() + ".." + d.end();
  }

  private static String name(PlaceRef p) {
    return p == null ? "no place" : p.name();
  }
}
