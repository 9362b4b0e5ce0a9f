package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Evidence;
import org.junit.jupiter.api.Test;

class AssertionBuilderTest {
  private static final AssertionBuilder BUILDER = new AssertionBuilder(Fixtures.RULES);
  private static final ActorRef PUBLISHER = new ActorRef(null, "Example News", null, null);

  private static List<Assertion> build(String text) {
    AnalyzedText t = Fixtures.analyzed(text, LocalDate.of(2019, 1, 20));
    Mentions m = Fixtures.mentions(t);
    return new EventSegmenter(Fixtures.RULES).segment(t, m).stream()
        .map(s -> BUILDER.build(s, new AssertionBuilder.Context(t, m.roles(), PUBLISHER, null, null), false))
        .toList();
  }

  @Test
  void aTollUpdateWinsOverEarlierFigures() {
    Assertion a = build("Shelling killed 40 people in Douma. The death toll rose to 31 after a recount.").get(0);
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(31));
  }

  @Test
  void otherwiseTheHighestFigurePerCategory() {
    Assertion a = build("Shelling killed 4 people in Douma. Later 9 people were killed.").get(0);
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(9));
  }

  @Test
  void civiliansWithoutTotalGiveTheTotalWithTheSameEvidence() {
    Assertion a = build("Shelling killed 7 civilians in Douma.").get(0);
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(7));
    assertThat(a.evidence()).filteredOn(e -> e.field().equals("killed.total")).extracting(Evidence::text)
        .containsExactly("killed 7 civilians");
  }

  @Test
  void figuresOfOneCategoryInOneSentenceAddUpAndMakeTheTotal() {
    Assertion a = build("Clashes near Douma left 14 soldiers and 19 militants killed.").get(0);
    assertThat(a.killed().get(CasualtyCategory.COMBATANTS)).isEqualTo(Count.exactly(33));
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(33));
  }

  @Test
  void aGenericAttackThatKillsFightersIsAClash() {
    assertThat(build("Militants launched an assault on Douma and 9 fighters were killed.").get(0).eventType())
        .isEqualTo("armed_clash");
  }

  @Test
  void aGenericAttackThatKillsNoCombatantsIsAMassacreAndOneThatOnlyTakesPeopleAnAbduction() {
    assertThat(build("Gunmen opened fire in Douma and 9 civilians were killed.").get(0).eventType()).isEqualTo("massacre");
    assertThat(build("Gunmen shot dead four shepherds near Douma on Tuesday.").get(0).eventType()).isEqualTo("massacre");
    assertThat(build("Gunmen went from house to house in Douma, shooting dead up to 40 civilians.").get(0).eventType())
        .isEqualTo("massacre");
    assertThat(build("Gunmen attacked a brick factory in Douma and seized 7 workers.").get(0).eventType())
        .isEqualTo("abduction");
    assertThat(build("Gunmen opened fire on a checkpoint in Douma.").get(0).eventType()).isEqualTo("attack");
  }

  @Test
  void civiliansAndCombatantsMakeTheTotalWhenNoneIsStated() {
    Assertion a = build("Shelling on Douma killed 3 civilians and at least 2 fighters.").get(0);
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.atLeast(5));
  }

  @Test
  void aStatementNamingNoPlaceTakesThePlaceOfTheAttackItFollows() {
    AnalyzedText t = Fixtures.analyzed("Shelling killed 7 civilians in Douma. The Foreign Ministry condemned the crime.",
        LocalDate.of(2019, 1, 20));
    Mentions m = Fixtures.mentions(t);
    List<EventSegment> segments = new EventSegmenter(Fixtures.RULES).segment(t, m);
    Assertion attack = BUILDER.build(segments.get(0), new AssertionBuilder.Context(t, m.roles(), PUBLISHER, null, null), true);
    Assertion statement = BUILDER.build(segments.get(1),
        new AssertionBuilder.Context(t, m.roles(), PUBLISHER, attack, null), false);
    assertThat(statement.eventType()).isEqualTo("statement.condemnation");
    assertThat(statement.place().name()).isEqualTo("Douma");
    assertThat(statement.claimant().actorId()).isEqualTo("syria_mofa");
  }

  @Test
  void injuredAndMissingAreKeptApart() {
    Assertion a = build("Shelling in Douma wounded 12 people and left 3 people missing.").get(0);
    assertThat(a.injured().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(12));
    assertThat(a.missing().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(3));
    assertThat(a.killed().isEmpty()).isTrue();
  }

  @Test
  void nobodyNamedMeansThePublisherSpeaks() {
    Assertion a = build("Shelling killed 7 civilians in Douma.").get(0);
    assertThat(a.claimant()).isEqualTo(PUBLISHER);
    assertThat(a.evidence()).extracting(Evidence::field).doesNotContain("claimant");
  }

  @Test
  void aStatementTargetsTheAttackersItNames() {
    List<Assertion> all = build("The Foreign Ministry accused regime forces of shelling Douma, killing 7 civilians.");
    Assertion accusation = all.stream().filter(Assertion::isStatement).findFirst().orElseThrow();
    assertThat(accusation.claimant().actorId()).isEqualTo("syria_mofa");
    assertThat(accusation.perpetrator().actorId()).isEqualTo("syrian_government_forces");
    assertThat(accusation.killed().isEmpty()).isTrue();
  }

  @Test
  void aPartyNamedAmongTheCasualtiesIsNoPerpetrator() {
    assertThat(build("Clashes near Douma killed 4 fighters of the Islamic State.").get(0).perpetrator()).isNull();
    assertThat(build("Shelling killed 3 ISIS fighters in Douma.").get(0).perpetrator()).isNull();
    assertThat(build("Regime shelling killed 3 ISIS fighters in Douma.").get(0).perpetrator().actorId())
        .isEqualTo("syrian_government_forces");
  }

  @Test
  void aDenialIsAboutItsSpeaker() {
    Assertion denial = build("The Foreign Ministry denied the reports on Saturday.").get(0);
    assertThat(denial.eventType()).isEqualTo("statement.denial");
    assertThat(denial.perpetrator().actorId()).isEqualTo("syria_mofa");
  }

  @Test
  void anOutcomeNamesTheEventWhenNobodyWasHurt() {
    assertThat(build("Coalition aircraft destroyed the bridge in Douma. No casualties were reported.").get(0).eventType())
        .isEqualTo("property_destruction");
    assertThat(build("Coalition aircraft destroyed a house in Douma, killing 3 civilians.").get(0).eventType())
        .isEqualTo("airstrike");
  }

  @Test
  void menWomenAndChildrenMakeTheTotalWhenNoOtherGroupIsCounted() {
    Assertion a = build("Gunmen executed six men and 2 boys in Douma.").get(0);
    assertThat(a.killed().get(CasualtyCategory.MEN)).isEqualTo(Count.exactly(6));
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(8));
  }

  @Test
  void aClashHasAPerpetratorOnlyWhenTheTextSaysWhoAttacked() {
    assertThat(build("Fighters of the Islamic State and regime forces clashed near Douma, and 9 soldiers were killed.").get(0)
        .perpetrator()).isNull();
    assertThat(build("Islamic State militants hiding in the ruins stormed regime positions near Douma in a clash that killed 9 soldiers.")
        .get(0).perpetrator().actorId()).isEqualTo("isis");
    assertThat(build("Troops repelled an attack by Islamic State remnants near Douma in heavy clashes, killing 9 militants.")
        .get(0).perpetrator().actorId()).isEqualTo("isis");
  }
}
