package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.model.ActorRef;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.junit.jupiter.api.Test;

class SoleCandidateRuleTest {
  private final ProfileFactory factory =
      new ProfileFactory(EventFamilies.loadDefault(), PartyRelations.loadDefault());

  private MatchProfile p(String type, DateRef d, PlaceRef place, String by) {
    return factory.of("x", type, d, place, by == null ? null : new ActorRef(by, by, by, null));
  }

  @Test
  void onlyDatedEventsWithoutAPlaceOfProvincePrecisionAreUnplaced() {
    assertThat(p("airstrike", Fixtures.day("2019-01-18"), null, null).unplacedEvent()).isTrue();
    assertThat(p("airstrike", Fixtures.day("2019-01-18"), Fixtures.SYRIA, null).unplacedEvent()).isTrue();
    assertThat(p("airstrike", Fixtures.day("2019-01-18"), Fixtures.DEIR_EZ_ZOR, null).unplacedEvent()).isFalse();
    assertThat(p("airstrike", Fixtures.year(2019), null, null).unplacedEvent()).isFalse();
    assertThat(p("statement.denial", Fixtures.day("2019-01-18"), null, null).unplacedEvent()).isFalse();
  }

  @Test
  void aFounderAgreesByDateTypePerpetratorAndCountry() {
    MatchProfile founder = p("airstrike", Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ, "us_led_coalition");

    assertThat(SoleCandidateRule.score(p("airstrike", Fixtures.relativeDay("2019-01-19"), null, null), founder))
        .isBetween(0.0, 1.0);
    assertThat(SoleCandidateRule.score(p("airstrike", Fixtures.day("2019-01-18"), Fixtures.SYRIA, "usa"), founder))
        .isGreaterThan(0.0);
    assertThat(SoleCandidateRule.score(p("airstrike", Fixtures.day("2019-01-20"), null, null), founder)).isEqualTo(-1);
    assertThat(SoleCandidateRule.score(p("armed_clash", Fixtures.day("2019-01-18"), null, null), founder)).isEqualTo(-1);
    assertThat(SoleCandidateRule.score(p("airstrike", Fixtures.day("2019-01-18"), null, "russia"), founder))
        .isEqualTo(-1);
    PlaceRef iraq = new PlaceRef("Iraq", null, null, null, null, null, "IQ", 6, "Iraq", null);
    assertThat(SoleCandidateRule.score(p("airstrike", Fixtures.day("2019-01-18"), iraq, null), founder)).isEqualTo(-1);
  }

  @Test
  void anUnplacedOrUndatedFounderIsNoCandidate() {
    MatchProfile unplaced = p("airstrike", Fixtures.day("2019-01-18"), null, null);

    assertThat(SoleCandidateRule.score(unplaced, p("airstrike", Fixtures.day("2019-01-18"), null, null))).isEqualTo(-1);
    assertThat(SoleCandidateRule.score(unplaced, p("airstrike", Fixtures.year(2019), Fixtures.BAGHOUZ, null)))
        .isEqualTo(-1);
  }
}
