package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventSegmenterTest {
  private static final EventSegmenter SEGMENTER = new EventSegmenter(Fixtures.RULES);
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 20);

  /** Each segment as "type@place:figures" for compact assertions. */
  private static List<String> segments(String text) {
    AnalyzedText t = Fixtures.analyzed(text, PUBLISHED);
    return SEGMENTER.segment(t, Fixtures.mentions(t)).stream()
        .map(s -> s.type().id() + "@" + (s.place() == null ? "-" : s.place().text()) + ":"
            + s.casualties().stream().map(c -> c.outcome().code() + "." + c.category().code() + "=" + c.count().min())
                .collect(Collectors.joining(",")))
        .toList();
  }

  @Test
  void eachFigureStaysWithItsOwnIncident() {
    assertThat(segments("Airstrikes killed 5 civilians in Douma on Monday. "
        + "In a separate raid, airstrikes on Idlib killed 7 people on Tuesday."))
        .containsExactly("airstrike@Douma:killed.civilians=5", "airstrike@Idlib:killed.total=7");
  }

  @Test
  void differentAttackTypesAreDifferentIncidents() {
    assertThat(segments("Shelling killed 3 people in Douma. A car bomb killed 9 people in Idlib."))
        .containsExactly("shelling@Douma:killed.total=3", "bombing@Idlib:killed.total=9");
  }

  @Test
  void laterSentencesContinueTheCurrentAttack() {
    AnalyzedText t = Fixtures.analyzed("Airstrikes hit Douma on Monday. Twelve people were killed. The toll is likely to rise.",
        PUBLISHED);
    List<EventSegment> found = SEGMENTER.segment(t, Fixtures.mentions(t));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).casualties()).hasSize(1);
    assertThat(found.get(0).tollRises()).hasSize(1);
    assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2019, 1, 14));
  }

  @Test
  void figuresBeforeTheTriggerWaitForIt() {
    assertThat(segments("Twelve people were killed in Douma on Monday. Witnesses said warplanes struck twice."))
        .containsExactly("airstrike@Douma:killed.total=12");
  }

  @Test
  void figuresWithoutAnyTriggerMakeAGenericAttack() {
    assertThat(segments("Twelve people were killed in Douma.")).containsExactly("attack@Douma:killed.total=12");
  }

  @Test
  void statementsTakeNoFiguresAndTheAttackKeepsThem() {
    assertThat(segments("The ministry condemned the airstrikes that killed 20 civilians in Douma."))
        .containsExactly("statement.condemnation@-:", "airstrike@Douma:killed.civilians=20");
  }

  @Test
  void theDateOfTheTellingIsNotTheEventDate() {
    AnalyzedText t = Fixtures.analyzed("Shelling hit Douma overnight, the Observatory said on Saturday.", PUBLISHED);
    assertThat(SEGMENTER.segment(t, Fixtures.mentions(t)).get(0).date().text()).isEqualTo("overnight");
  }

  @Test
  void anUndatedAttackTakesTheLastDateWrittenBeforeIt() {
    AnalyzedText t = Fixtures.analyzed("Two incidents were recorded on Thursday. In Douma, shelling killed 2 people. "
        + "Hours later an airstrike on Idlib killed 3 people.", PUBLISHED);
    assertThat(SEGMENTER.segment(t, Fixtures.mentions(t))).extracting(s -> s.date().start())
        .containsExactly(LocalDate.of(2019, 1, 17), LocalDate.of(2019, 1, 17));
  }

  @Test
  void aDateOnlySentenceDatesTheAttackBeforeIt() {
    AnalyzedText t = Fixtures.analyzed("The jets came back and hit the market in Douma. That was on Monday.", PUBLISHED);
    assertThat(SEGMENTER.segment(t, Fixtures.mentions(t)).get(0).date().start()).isEqualTo(LocalDate.of(2019, 1, 14));
  }

  @Test
  void anAttackOnlyDeniedOrAllegedOpensNoEvent() {
    assertThat(segments("The ministry denied that its aircraft had bombed a market in Douma."))
        .containsExactly("statement.denial@Douma:");
    assertThat(segments("Shelling killed 3 people in Douma. The army denied that its artillery had fired."))
        .containsExactly("shelling@Douma:killed.total=3", "statement.denial@-:");
  }

  @Test
  void anAllegedAttackWithADateBesideItIsAnEventOfItsOwn() {
    assertThat(segments("The army on Saturday accused the coalition of drone attacks on its bases, including Friday's strike near Douma."))
        .containsExactly("statement.accusation@-:", "drone_strike@Douma:");
    assertThat(segments("The ministry denied on Saturday that its aircraft had bombed a market in Douma."))
        .containsExactly("statement.denial@Douma:");
  }

  @Test
  void anAttackACondemnationOnlyNamesIsNoEventButJoinsTheOneToldLater() {
    assertThat(segments("The ministry condemned the recent air strikes on markets in Idlib and called on all parties to stop."))
        .containsExactly("statement.condemnation@Idlib:", "statement.demand@Idlib:");
    AnalyzedText t = Fixtures.analyzed("The ministry condemned the crime of coalition warplanes. "
        + "The weather was mild. On Friday, airstrikes killed 20 civilians in Douma.", PUBLISHED);
    List<EventSegment> s = SEGMENTER.segment(t, Fixtures.mentions(t));
    assertThat(s).extracting(x -> x.type().id()).containsExactly("statement.condemnation", "airstrike");
    assertThat(s.get(1).sentences()).containsExactly(0, 2);
    assertThat(s.get(1).place().text()).isEqualTo("Douma");
  }

  @Test
  void noEventNoSegment() {
    assertThat(segments("The weather in Douma was mild.")).isEmpty();
    assertThat(segments("")).isEmpty();
  }

  @Test
  void rocketsJoinTheAirStrikeToldBesideThem() {
    assertThat(segments("The first rocket hit the market in Douma. Then the jets came back and 3 people were killed."))
        .containsExactly("airstrike@Douma:killed.total=3");
    assertThat(segments("Rockets killed 2 people in Douma.")).containsExactly("shelling@Douma:killed.total=2");
  }

  @Test
  void figuresWaitingForAnAttackOnAnotherDayStayApart() {
    assertThat(segments("The toll of the raid on Douma on Friday rose to 27. On Saturday, militants shelled Idlib."))
        .containsExactly("airstrike@Douma:killed.total=27", "shelling@Idlib:");
  }

  @Test
  void theDatelinePlaceOnlyPlacesAnAttackNamingNoOther() {
    assertThat(segments("Idlib, DNA - Shelling killed 3 people in Douma.")).containsExactly("shelling@Douma:killed.total=3");
    assertThat(segments("Idlib, DNA - Shelling killed 3 people.")).containsExactly("shelling@Idlib:killed.total=3");
  }

  @Test
  void aVillageOfTheGovernorateRefinesThePlace() {
    assertThat(segments("Warplanes struck the countryside of Deir ez-Zor. The raids hit al-Baghouz Foqani, killing 5 people."))
        .containsExactly("airstrike@al-Baghouz Foqani:killed.total=5");
  }

  @Test
  void aNamedPlaceNoGazetteerHoldsPinsTheEventBetterThanTheTownItIsNear() {
    assertThat(segments("Jets struck the village of Kafr Sajna near Khan Shaykhun, killing 7 people."))
        .containsExactly("airstrike@village of Kafr Sajna:killed.total=7");
  }

  @Test
  void aTollRiseAfterFiguresWaitingForAnAttackStaysWithThem() {
    AnalyzedText t = Fixtures.analyzed("At least 42 civilians were killed in raids on Douma. "
        + "Dozens are trapped and the number of dead is expected to increase.", PUBLISHED);
    List<EventSegment> s = SEGMENTER.segment(t, Fixtures.mentions(t));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).tollRises()).hasSize(1);
  }

  @Test
  void figuresWithoutAnyTriggerTakeTheDateAndPlaceWrittenBeforeThem() {
    AnalyzedText t = Fixtures.analyzed("Troops freed forty civilians in Douma on Friday. Three soldiers were killed.", PUBLISHED);
    EventSegment s = SEGMENTER.segment(t, Fixtures.mentions(t)).get(0);
    assertThat(s.place().text()).isEqualTo("Douma");
    assertThat(s.date().start()).isEqualTo(LocalDate.of(2019, 1, 18));
  }

  @Test
  void attackWordsWithoutFiguresDateOrPlaceOfTheirOwnOnlySayMoreAboutTheAttackTold() {
    AnalyzedText t = Fixtures.analyzed("Air strikes killed 20 civilians in Douma on Friday. Three houses were destroyed. "
        + "Residents said the explosion shook the street.", LocalDate.of(2019, 1, 20));
    assertThat(new EventSegmenter(Fixtures.RULES).segment(t, Fixtures.mentions(t))).extracting(s -> s.type().id())
        .containsExactly("airstrike");
  }

  @Test
  void attackWordsWithAPlaceOfTheirOwnStillOpenAnEvent() {
    AnalyzedText t = Fixtures.analyzed("Air strikes killed 20 civilians in Douma on Friday. Shelling also hit Khan Shaykhun.",
        LocalDate.of(2019, 1, 20));
    assertThat(new EventSegmenter(Fixtures.RULES).segment(t, Fixtures.mentions(t))).extracting(s -> s.type().id())
        .containsExactly("airstrike", "shelling");
  }

  @Test
  void withFiguresTheMeansNamesTheEventOverWhatWasDestroyed() {
    AnalyzedText t = Fixtures.analyzed("The strikes carried out yesterday destroyed a command centre in Douma and killed "
        + "scores of terrorists.", LocalDate.of(2019, 1, 20));
    assertThat(new EventSegmenter(Fixtures.RULES).segment(t, Fixtures.mentions(t))).extracting(s -> s.type().id())
        .containsExactly("airstrike");
  }

  @Test
  void aPlaceNoGazetteerHoldsAndNoAreaPlacesJoinsTheAttackBefore() {
    assertThat(segments("Two explosions shook Idlib on Friday. A car bomb exploded in the Karrada district, wounding "
        + "two passers-by.")).containsExactly("bombing@Idlib:injured.total=2");
    assertThat(segments("Two explosions shook Idlib on Friday. A car bomb exploded in Douma, wounding two passers-by."))
        .containsExactly("bombing@Idlib:", "bombing@Douma:injured.total=2");
  }

  @Test
  void anUnknownVillageIsFinerThanTheTownItIsPlacedBeside() {
    assertThat(segments("Families in the village of Kafr Sajna, east of Khan Shaykhun, search for five shepherds who "
        + "were seized last week.")).containsExactly("attack@village of Kafr Sajna:missing.civilians=5");
  }
}
