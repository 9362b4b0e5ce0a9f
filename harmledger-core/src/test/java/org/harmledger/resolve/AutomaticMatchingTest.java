package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AutomaticMatchingTest {
  private final ProfileFactory factory =
      new ProfileFactory(EventFamilies.loadDefault(), PartyRelations.loadDefault());

  @Test
  void theMostPreciseEventFoundsAndStatementsComeLast() {
    MatchProfile statement = factory.of(Fixtures.report("s", "SANA", "2019-01-19").type("statement.condemnation").build());
    MatchProfile monthly = factory.of(Fixtures.report("m", "ACLED", "2019-02-01").on(Fixtures.month("2019-01")).build());
    MatchProfile relative = factory.of(Fixtures.report("r", "Reuters", "2019-01-19").on(Fixtures.relativeDay("2019-01-18")).build());
    MatchProfile explicit = factory.of(Fixtures.report("e", "AFP", "2019-01-19").build());
    List<MatchProfile> profiles = List.of(statement, monthly, relative, explicit);
    assertThat(AutomaticMatching.canonicalOrder(profiles)).containsExactly(3, 2, 1, 0);
    AutomaticMatching.Grouping g = new AutomaticMatching(new IncidentMatcher()).group(profiles);
    assertThat(g.founderOf()).containsExactly(3, 3, 3, 3);
  }

  @Test
  void aProfileJoinsTheBestScoringIncident() {
    MatchProfile russianInBaghouz = factory.of(Fixtures.report("a", "AFP", "2019-01-19").by("russia").build());
    MatchProfile coalitionInSusah = factory.of(Fixtures.report("b", "AFP", "2019-01-19").at(Fixtures.SUSAH)
        .by("us_led_coalition").build());
    MatchProfile coalitionInDistrict = factory.of(Fixtures.report("c", "SOHR", "2019-01-19")
        .at(Fixtures.ABU_KAMAL_DISTRICT).by("us_led_coalition").build());
    AutomaticMatching.Grouping g = new AutomaticMatching(new IncidentMatcher())
        .group(List.of(russianInBaghouz, coalitionInSusah, coalitionInDistrict));
    assertThat(g.founderOf()).containsExactly(0, 1, 1);
    assertThat(g.score()[2]).isEqualTo(new IncidentMatcher().score(coalitionInDistrict, coalitionInSusah));
  }
}
