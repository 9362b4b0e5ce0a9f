package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.Assertion;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class TellingFilterTest {
  private static final ReportMetadata META = new ReportMetadata(null, "Example News", null, LocalDate.of(2019, 1, 20),
      PublishedFrom.METADATA, "en", ReportKind.NEWS);

  private static List<String> types(String text) {
    return Fixtures.PIPELINE.extract(text, META).assertions().stream().map(Assertion::eventType).toList();
  }

  @Test
  void aDefusedOrFoundDeviceIsNoBombing() {
    assertThat(types("Police today defused a car loaded with explosives at a checkpoint in Douma.")).isEmpty();
    assertThat(types("Security forces found a roadside bomb planted near Douma on Friday.")).isEmpty();
  }

  @Test
  void aBombThatKilledIsStillABombingWhateverWasFoundLater() {
    assertThat(types("A roadside bomb killed 3 people in Douma on Friday; police found a second device nearby."))
        .containsExactly("bombing");
  }

  @Test
  void aSentenceThatOnlyImaginesHarmAfterAFoiledDeviceTellsNoAttack() {
    assertThat(types("Police today defused a car bomb in Douma. The car bomb could have killed scores of people.")).isEmpty();
    assertThat(types("Rockets hit an empty field in Douma on Friday. The rockets could have killed dozens."))
        .containsExactly("shelling");
    assertThat(types("The rocket could have killed dozens, but no one was hurt, police said.")).containsExactly("shelling");
  }

  @Test
  void aNegatedStatementWasNotMade() {
    assertThat(types("A car bomb killed 17 people in Douma on Friday. No group had claimed responsibility by Saturday."))
        .containsExactly("bombing");
    assertThat(types("A car bomb killed 17 people in Douma on Friday. ISIS claimed responsibility."))
        .containsExactly("bombing", "statement.acknowledgement");
  }

  @Test
  void aSentenceRecallingThePastIsBackground() {
    assertThat(types("Air strikes killed 20 civilians in Douma on Friday. The coalition has repeatedly committed massacres "
        + "against civilians. Syria has repeatedly demanded that the Security Council act."))
        .containsExactly("airstrike");
    assertThat(types("Air strikes killed 20 civilians in Douma on Friday. Hundreds of civilians have been killed by "
        + "shelling since the battle began.")).containsExactly("airstrike");
  }

  @Test
  void aDateWrittenBeforeTheCueStillDatesAnEvent() {
    assertThat(types("Shelling killed 3 people in Douma on Monday, the first attack on the town since the truce."))
        .containsExactly("shelling");
  }

  @Test
  void aSentenceDatedOnlyByAPastYearAndCountingNobodyIsContext() {
    List<Assertion> all = Fixtures.PIPELINE.extract("Air strikes killed 20 civilians in Douma on Friday. "
        + "The coalition began its air campaign against ISIS in 2014.", META).assertions();
    assertThat(all).extracting(Assertion::eventType).containsExactly("airstrike");
    assertThat(all.get(0).date().start()).isEqualTo(LocalDate.of(2019, 1, 18));
  }

  @Test
  void aClashWordWithoutFiguresOrDateIsContext() {
    assertThat(types("Air strikes killed 20 civilians in Douma on Friday. Fighting continues around the hospital."))
        .containsExactly("airstrike");
    assertThat(types("Clashes broke out in Douma on Friday between ISIS and government forces; 6 fighters were killed."))
        .containsExactly("armed_clash");
  }

  @Test
  void aTallyOverAPeriodIsBackgroundWithItsFiguresAndPlaces() {
    List<Assertion> all = Fixtures.PIPELINE.extract("Air strikes killed 20 civilians on Friday. The UN said it had "
        + "documented more than 100 civilian deaths in Idlib in the last 10 days.", META).assertions();
    assertThat(all).extracting(Assertion::eventType).containsExactly("airstrike");
    assertThat(all.get(0).killed().get(org.harmledger.model.CasualtyCategory.CIVILIANS).min()).isEqualTo(20);
    assertThat(all.get(0).place()).isNull();
  }

  @Test
  void sinceDawnReachesBackOnlyToTheDayItself() {
    List<Assertion> all = Fixtures.PIPELINE.extract("Air strikes killed 18 people in Douma on Wednesday. Residents blamed "
        + "Russian aircraft, which had circled over the area since dawn.", META).assertions();
    assertThat(all).extracting(a -> a.perpetrator() == null ? null : a.perpetrator().actorId())
        .containsExactly("russian_forces");
    assertThat(types("Air strikes killed 18 people in Douma on Wednesday. The town is regularly struck by Russian aircraft."))
        .containsExactly("airstrike");
  }

  @Test
  void negatedAttackWordsThatCountNobodyTellNoAttack() {
    assertThat(types("A review of strike logs found that no coalition aircraft engaged targets near Douma on that date."))
        .isEmpty();
    assertThat(types("No warning was given before jets struck Douma on Friday, killing 5 people.")).containsExactly("airstrike");
  }

  @Test
  void blamingAPartyForAFoiledDeviceIsNoAccusation() {
    assertThat(types("Police said on Friday they had dismantled a car bomb parked outside a market in Douma, and blamed ISIS."))
        .isEmpty();
  }
}
