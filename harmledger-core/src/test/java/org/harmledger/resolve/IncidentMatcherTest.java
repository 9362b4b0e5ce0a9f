package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.PlaceRef;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {
  private final IncidentMatcher matcher = new IncidentMatcher();
  private final ProfileFactory factory =
      new ProfileFactory(EventFamilies.loadDefault(), PartyRelations.loadDefault());

  private MatchProfile p(String type, DateRef d, PlaceRef place, String perpetrator) {
    return factory.of(type + d.start() + place.name() + perpetrator, type, d, place, Fixtures.actor(perpetrator));
  }

  @Test
  void aDroneStrikeAndAnAirstrikeOnTheSameDayAndPlaceMatch() {
    MatchExplanation e = matcher.compare(p("drone_strike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, null),
        p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "us_led_coalition"));
    assertThat(e.matched()).isTrue();
    assertThat(e.fields()).extracting(FieldAgreement::field)
        .containsExactly("date", "place", "event_type", "perpetrator");
    assertThat(e.fields().get(2).rule()).contains("same family aerial");
  }

  @Test
  void shellingDoesNotMatchAnAirstrike() {
    MatchExplanation e = matcher.compare(p("shelling", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, null),
        p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, null));
    assertThat(e.matched()).isFalse();
    assertThat(e.disagreements()).extracting(FieldAgreement::field).containsExactly("event_type");
  }

  @Test
  void aRelativeDayMatchesTheNextDayButNotTwoDaysOn() {
    MatchProfile relative = p("airstrike", Fixtures.relativeDay("2019-01-18"), Fixtures.BAGHOUZ, null);
    assertThat(matcher.score(relative, p("airstrike", Fixtures.day("2019-01-19"), Fixtures.BAGHOUZ, null))).isPositive();
    assertThat(matcher.score(relative, p("airstrike", Fixtures.day("2019-01-20"), Fixtures.BAGHOUZ, null))).isNegative();
    assertThat(matcher.score(p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, null),
        p("airstrike", Fixtures.day("2019-01-19"), Fixtures.BAGHOUZ, null))).isNegative();
  }

  @Test
  void competingPerpetratorsStillMatchButScoreBelowAgreeingOnes() {
    MatchProfile coalition = p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "us_led_coalition");
    MatchProfile russia = p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "russia");
    MatchProfile usa = p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "usa");
    assertThat(matcher.score(coalition, russia)).isPositive().isLessThan(matcher.score(coalition, usa));
    assertThat(matcher.compare(coalition, russia).fields().get(3).rule()).contains("competing attribution");
  }

  @Test
  void aStatementAttachesToTheEventItIsAbout() {
    MatchExplanation e = matcher.compare(p("statement.denial", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "russia"),
        p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "russia"));
    assertThat(e.matched()).isTrue();
    assertThat(e.fields().get(2).rule()).contains("statement attaches");
  }

  @Test
  void theExplainedScoreIsTheBulkScoreAndTheRelationIsSymmetric() {
    List<MatchProfile> all = new ArrayList<>();
    for (PlaceRef place : List.of(Fixtures.BAGHOUZ, Fixtures.SUSAH, Fixtures.ABU_KAMAL_DISTRICT, Fixtures.DEIR_EZ_ZOR,
        Fixtures.SYRIA, Fixtures.MOSUL)) {
      for (DateRef d : List.of(Fixtures.day("2019-01-18"), Fixtures.relativeDay("2019-01-19"), Fixtures.month("2019-01"))) {
        for (String type : List.of("airstrike", "shelling", "statement.denial", "unknown")) {
          all.add(p(type, d, place, type.equals("shelling") ? "isil" : "us_led_coalition"));
        }
      }
    }
    int matched = 0;
    for (MatchProfile a : all) {
      for (MatchProfile b : all) {
        double s = matcher.score(a, b);
        MatchExplanation e = matcher.compare(a, b);
        assertThat(e.matched()).isEqualTo(s >= 0);
        if (s >= 0) {
          matched++;
          assertThat(e.score()).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(matcher.score(b, a)).isEqualTo(s);
      }
    }
    assertThat(matched).isGreaterThan(all.size()).isLessThan(all.size() * all.size());
  }

  @Test
  void windowsADayApartScoreBelowOverlappingOnesOfTheSameWidth() {
    DateWindow week = DateWindow.of(Fixtures.day("2019-01-21")).reachingBack(7);
    DateWindow lastWeek = new DateWindow(week.lo() - 7, week.lo() - 1, 1, true);
    DateWindow friday = DateWindow.of(Fixtures.day("2019-01-18"));

    assertThat(IncidentMatcher.dateScore(week, lastWeek)).isPositive()
        .isLessThan(IncidentMatcher.dateScore(week, friday));
    assertThat(IncidentMatcher.dateScore(DateWindow.of(Fixtures.relativeDay("2019-01-18")), friday)).isEqualTo(1.0);
    assertThat(IncidentMatcher.dateScore(DateWindow.of(Fixtures.relativeDay("2019-01-19")), friday)).isEqualTo(0.5);
  }

  @Test
  void aCompetingAttributionWeighsLessThanWhenAndWhere() {
    // A partisan account of Friday and Saturday at Baghouz (the examples' North Syria Press report, its perpetrator
    // misread), the coalition strike there on Friday, and shelling near al-Susah, 9 km off, on Sunday night.
    DateRef fridayAndSaturday = new DateRef(LocalDate.parse("2019-01-18"), LocalDate.parse("2019-01-19"),
        DatePrecision.SPAN, DateResolution.RELATIVE, "on Friday and Saturday", null);
    PlaceRef nearSusah = new PlaceRef("fields west of al-Susah", null, 34.52, 40.87, "Deir ez-Zor", "Abu Kamal", "SY", 2,
        "west of al-Susah", null);
    MatchProfile account = p("attack", fridayAndSaturday, Fixtures.BAGHOUZ, "sdf");
    MatchProfile strike = p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "us_led_coalition");
    MatchProfile shelling = p("shelling", Fixtures.relativeDay("2019-01-20"), nearSusah, "sdf");

    assertThat(matcher.score(account, strike)).isGreaterThan(matcher.score(account, shelling));
    assertThat(IncidentMatcher.weighted(1, 1, 1, 0.1)).isLessThan(1).isGreaterThan(IncidentMatcher.weighted(1, 1, 0.5, 1));
  }
}
