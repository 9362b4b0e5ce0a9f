package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.model.CasualtyCategory.CIVILIANS;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactCheckerTest {
  private final IncidentResolver resolver = IncidentResolver.loadDefault();
  private final FactChecker checker = new FactChecker(resolver);
  private final List<Incident> ledger = resolver.resolve(IncidentResolverTest.ledger(), List.of()).incidents();

  private FactCheck check(Fixtures.Builder b) {
    return checker.check(List.of(b.build()), ledger).get(0);
  }

  private static Fixtures.Builder claim() {
    return Fixtures.report("checked", "Orient Observer", "2019-01-21");
  }

  @Test
  void aMatchingClaimWithinTheKnownRangeIsCorroborated() {
    FactCheck c = check(claim().by("us_led_coalition").killed(CIVILIANS, 18));
    assertThat(c.verdict()).isEqualTo(Verdict.CORROBORATED);
    assertThat(c.incidentId()).isNotNull();
  }

  @Test
  void aFigureOutsideTheRangeDisagrees() {
    FactCheck c = check(claim().by("us_led_coalition").killed(CIVILIANS, 60));
    assertThat(c.verdict()).isEqualTo(Verdict.DISAGREES);
    assertThat(c.reasons()).containsExactly("figure outside the known range: killed civilians 60 vs 16..20");
  }

  @Test
  void anotherPerpetratorDisagrees() {
    FactCheck c = check(claim().by("russia"));
    assertThat(c.verdict()).isEqualTo(Verdict.DISAGREES);
    assertThat(c.reasons().get(0)).startsWith("other perpetrator: russia");
  }

  @Test
  void anotherDateOrPlaceDisagrees() {
    FactCheck date = check(claim().at(Fixtures.SUSAH).on(Fixtures.day("2019-01-22")));
    assertThat(date.verdict()).isEqualTo(Verdict.DISAGREES);
    assertThat(date.reasons().get(0)).startsWith("other date: 2019-01-22");
    FactCheck place = check(claim().at(Fixtures.HAJIN).on(Fixtures.day("2019-01-20")));
    assertThat(place.verdict()).isEqualTo(Verdict.DISAGREES);
    assertThat(place.reasons().get(0)).isEqualTo("other place: Hajin, the ledger has al-Baghouz Foqani");
  }

  @Test
  void anUnknownEventHasNoMatch() {
    FactCheck c = check(claim().at(Fixtures.MOSUL).on(Fixtures.day("2018-06-01")));
    assertThat(c.verdict()).isEqualTo(Verdict.NO_MATCH);
    assertThat(c.incidentId()).isNull();
  }
}
