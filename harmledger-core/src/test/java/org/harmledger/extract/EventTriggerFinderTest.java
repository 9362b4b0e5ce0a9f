package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.extract.StageAssertions.assertSpans;

import org.junit.jupiter.api.Test;

class EventTriggerFinderTest {
  private static final EventTriggerFinder FINDER = new EventTriggerFinder(Fixtures.RULES);

  @Test
  void longestTriggerWinsAcrossTypes() {
    assertThat(FINDER.find("A drone strike and an air strike, then a strike."))
        .extracting(e -> e.type().id() + ":" + e.text())
        .containsExactly("drone_strike:drone strike", "airstrike:air strike", "airstrike:strike");
  }

  @Test
  void statementTriggers() {
    assertThat(FINDER.find("The ministry condemned the raid and demanded action; the army denied it and was accused."))
        .extracting(e -> e.type().id())
        .containsExactly("statement.condemnation", "airstrike", "statement.demand", "statement.denial",
            "statement.accusation");
  }

  @Test
  void everyAttackFamily() {
    assertThat(FINDER.find("chlorine, shelling, car bomb, massacre, clashes, kidnapped, demolished"))
        .extracting(e -> e.type().id())
        .containsExactly("chemical_attack", "shelling", "bombing", "massacre", "armed_clash", "abduction",
            "property_destruction");
  }

  @Test
  void aNonTriggerPhraseHidesTheTriggerWordItHolds() {
    assertThat(FINDER.find("Strikes hit a fighting position of men accused of spying; fighting went on and they were accused."))
        .extracting(e -> e.type().id() + ":" + e.text())
        .containsExactly("airstrike:Strikes", "armed_clash:fighting", "statement.accusation:accused");
  }

  @Test
  void aBombFactoryIsATargetNotABombingAndExplosivesAreABomb() {
    assertThat(FINDER.find("Strikes hit an explosive device facility near Douma.")).extracting(e -> e.type().id())
        .containsExactly("airstrike");
    assertThat(FINDER.find("A car packed with explosives blew up.")).extracting(e -> e.type().id() + ":" + e.text())
        .containsExactly("bombing:explosives", "property_destruction:blew up");
    assertThat(FINDER.find("Gunmen executed six men, accusing them of spying.")).extracting(e -> e.type().id())
        .containsExactly("massacre");
  }

  @Test
  void callingReportsFalseIsADenial() {
    assertThat(FINDER.find("The ministry said accounts of its jets hitting the hospital were false.")).extracting(e -> e.type().id())
        .containsExactly("airstrike", "statement.denial");
  }

  @Test
  void callingReportsAFabricationIsADenial() {
    assertThat(FINDER.find("The ministry said reports of its air strikes were \"a deliberate fabrication\"."))
        .extracting(e -> e.type().id()).containsExactly("airstrike", "statement.denial");
  }

  @Test
  void summoningAnEnvoyToProtestIsACondemnation() {
    assertThat(FINDER.find("The ministry summoned the charge d'affaires to protest against the drone strike."))
        .extracting(e -> e.type().id()).containsExactly("statement.condemnation", "statement.condemnation", "drone_strike");
  }

  @Test
  void strikeLogsAreNoStrike() {
    assertThat(FINDER.find("A review of strike logs and strike records found nothing.")).isEmpty();
  }

  @Test
  void aDeviceThatWentOffIsABombing() {
    assertThat(FINDER.find("A second device went off near a football pitch.")).extracting(e -> e.type().id())
        .containsExactly("bombing");
  }

  @Test
  void spansPointIntoTheText() {
    assertSpans(FINDER, EventMention::span, "Warplanes bombed Idlib.", null, "Warplanes", "bombed");
  }
}
