package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.model.Assertion;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Evidence;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class ExtractionPipelineTest {
  private static final String LETTER =
      "The Foreign and Expatriates Ministry sent two letters on Saturday to the United Nations, condemning the latest "
      + "crime by coalition warplanes in al-Baghouz Foqani village in Deir Ezzor south-eastern countryside.\n\n"
      + "The ministry demanded that the Security Council act to stop such attacks.\n\n"
      + "On Friday, twenty civilians, including women and children, were killed in airstrikes carried out by the "
      + "US-led international coalition on al-Baghouz Foqani village and its surroundings.\n\n"
      + "The toll is likely to rise because many of the wounded are in serious condition.";

  private static ReportMetadata meta(String title, String publisher, LocalDate published) {
    return new ReportMetadata(title, publisher, null, published,
        published == null ? PublishedFrom.UNKNOWN : PublishedFrom.METADATA, "en", ReportKind.NEWS);
  }

  private static Extraction extract(String text, ReportMetadata meta) {
    return Fixtures.PIPELINE.extract(text, meta);
  }

  private static Assertion primary(Extraction e) {
    return e.assertions().stream().filter(Assertion::primary).findFirst().orElseThrow();
  }

  @Test
  void readsTheMinistryLetter() {
    Extraction e = extract(LETTER, meta("Coalition airstrikes kill twenty civilians", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(e.assertions()).extracting(Assertion::eventType)
        .containsExactly("statement.condemnation", "airstrike", "statement.demand");
    Assertion a = primary(e);
    assertThat(a.eventType()).isEqualTo("airstrike");
    assertThat(a.date().start()).isEqualTo(LocalDate.of(2019, 1, 18));
    assertThat(a.date().resolvedFrom()).isEqualTo(DateResolution.RELATIVE);
    assertThat(a.place().name()).isEqualTo("Al-Baghuz Fawqani");
    assertThat(a.place().admin1()).isEqualTo("Deir ez-Zor");
    assertThat(a.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(a.killed().get(CasualtyCategory.CIVILIANS)).isEqualTo(Count.exactly(20));
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(20));
    assertThat(a.killed().get(CasualtyCategory.CHILDREN)).isEqualTo(Count.present());
    assertThat(a.killed().get(CasualtyCategory.WOMEN)).isEqualTo(Count.present());
    assertThat(a.tollMayRise()).isTrue();
    Assertion condemnation = e.assertions().get(0);
    assertThat(condemnation.claimant().actorId()).isEqualTo("syria_mofa");
    assertThat(condemnation.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(condemnation.killed().isEmpty()).isTrue();
    assertThat(condemnation.date().start()).isEqualTo(LocalDate.of(2019, 1, 19));
    assertThat(e.assertions().get(2).claimant().actorId()).isEqualTo("syria_mofa");
  }

  @Test
  void everyFilledFieldHasEvidencePointingIntoTheText() {
    Extraction e = extract(LETTER, meta(null, "Example News", LocalDate.of(2019, 1, 20)));
    Assertion a = primary(e);
    assertThat(a.evidence()).extracting(Evidence::field).contains("event_type", "date", "place", "perpetrator",
        "killed.total", "killed.civilians", "killed.children", "killed.women", "toll_may_rise");
    for (Assertion each : e.assertions()) {
      for (Evidence ev : each.evidence()) {
        assertThat(ev.span().coveredText(LETTER)).isEqualTo(ev.text());
      }
    }
  }

  @Test
  void theHeadlineChoosesThePrimary() {
    Extraction e = extract("Shelling killed 3 people in Douma on Friday. On Saturday, airstrikes killed 5 people in Idlib.",
        meta("Airstrikes kill five in Idlib", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(primary(e).eventType()).isEqualTo("airstrike");
    assertThat(e.assertions()).filteredOn(Assertion::primary).hasSize(1);
  }

  @Test
  void theDatelineGivesThePublicationDate() {
    String text = "DAMASCUS, Jan 12, 2019 (Reuters) - Shelling killed four people in Douma on Thursday.";
    Extraction e = extract(text, meta(null, null, null));
    assertThat(e.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 12));
    assertThat(e.metadata().publishedFrom()).isEqualTo(PublishedFrom.DATELINE);
    Assertion a = primary(e);
    assertThat(a.date().start()).isEqualTo(LocalDate.of(2019, 1, 10));
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(4));
  }

  @Test
  void withoutPublicationDateRelativeDatesStayUnresolved() {
    Extraction e = extract("On Friday shelling killed four people in Douma.", meta(null, null, null));
    assertThat(e.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
    assertThat(primary(e).date().isResolved()).isFalse();
    assertThat(primary(e).date().text()).isEqualTo("On Friday");
  }

  @Test
  void theClaimantIsWhoeverSaysItElseThePublisher() {
    Extraction named = extract("Shelling killed four people in Douma, the Observatory said.", meta(null, "Example News", null));
    assertThat(primary(named).claimant().actorId()).isEqualTo("sohr");
    Extraction unnamed = extract("Shelling killed four people in Douma.", meta(null, "Example News", null));
    assertThat(primary(unnamed).claimant().actorId()).isNull();
    assertThat(primary(unnamed).claimant().name()).isEqualTo("Example News");
    assertThat(primary(unnamed).claimant().span()).isNull();
    Extraction known = extract("Shelling killed four people in Douma.", meta(null, "SANA", null));
    assertThat(primary(known).claimant().actorId()).isEqualTo("sana");
  }

  @Test
  void readsAMonitorReportWithAnIncludedFigure() {
    Extraction e = extract("At least 15 people, including six children, were killed when Russian jets bombed a market in "
        + "Khan Sheikhoun on Tuesday, the Syrian Observatory for Human Rights said.",
        meta(null, "Example News", LocalDate.of(2019, 1, 20)));
    Assertion a = primary(e);
    assertThat(a.eventType()).isEqualTo("airstrike");
    assertThat(a.date().start()).isEqualTo(LocalDate.of(2019, 1, 15));
    assertThat(a.place().name()).isEqualTo("Khan Shaykhun");
    assertThat(a.perpetrator().actorId()).isEqualTo("russian_forces");
    assertThat(a.claimant().actorId()).isEqualTo("sohr");
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.atLeast(15));
    assertThat(a.killed().get(CasualtyCategory.CHILDREN)).isEqualTo(Count.exactly(6));
  }

  @Test
  void aTollUpdateFarFromItsNounStillCounts() {
    Assertion a = primary(extract("The death toll from Saturday's car bomb in Idlib has risen to 43, the civil defence said.",
        meta(null, "Example News", LocalDate.of(2019, 1, 20))));
    assertThat(a.eventType()).isEqualTo("bombing");
    assertThat(a.date().start()).isEqualTo(LocalDate.of(2019, 1, 19));
    assertThat(a.killed().get(CasualtyCategory.TOTAL)).isEqualTo(Count.exactly(43));
    assertThat(a.claimant().name()).isEqualTo("the civil defence");
  }

  @Test
  void aYearlessDatelineIsNeverTheEventDate() {
    Assertion a = primary(extract("DAMASCUS, Jan 12 (Reuters) - Coalition air strikes killed 16 civilians in Deir Ezzor province "
        + "on Thursday, state media said.", meta(null, "Example Wire", LocalDate.of(2019, 1, 20))));
    assertThat(a.date().text()).isEqualTo("on Thursday");
    assertThat(a.place().precision()).isEqualTo(4);
    Extraction undated = extract("DAMASCUS, Jan 12 (Reuters) - Shelling killed 4 people.", meta(null, null, null));
    assertThat(undated.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
    assertThat(primary(undated).date()).isNull();
  }

  @Test
  void noEventMeansNoAssertionAndNoPrimary() {
    Extraction e = extract("The weather in Douma was mild.", meta(null, null, null));
    assertThat(e.assertions()).isEmpty();
  }

  @Test
  void theRuleSetHashCoversTheGazetteer() {
    Extraction e = extract("Text.", meta(null, null, null));
    assertThat(e.ruleSetHash()).hasSize(64).isEqualTo(extract("Other.", meta(null, null, null)).ruleSetHash());
    ExtractionPipeline other = ExtractionPipeline.create(Fixtures.RULES, new Gazetteer(List.of()), Fixtures.ACTORS);
    assertThat(other.extract("Text.", meta(null, null, null)).ruleSetHash()).isNotEqualTo(e.ruleSetHash());
  }

  @Test
  void oneInstanceServesManyThreadsAlike() {
    ReportMetadata m = meta(null, "Example News", LocalDate.of(2019, 1, 20));
    Extraction expected = extract(LETTER, m);
    List<Extraction> parallel = IntStream.range(0, 64).parallel().mapToObj(i -> extract(LETTER, m)).toList();
    assertThat(parallel).allMatch(expected::equals);
  }

  @Test
  void anArmedPartyAssessingItsOwnStrikeAcknowledgesIt() {
    Extraction e = extract("The coalition assessed that a strike on 2019-01-18 near Douma unintentionally killed 2 civilians.",
        meta(null, "Example News", LocalDate.of(2019, 4, 25)));
    assertThat(e.assertions()).extracting(Assertion::eventType).containsExactly("airstrike", "statement.acknowledgement");
    Assertion ack = e.assertions().get(1);
    assertThat(ack.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(ack.claimant().actorId()).isEqualTo("us_led_coalition");
    Assertion strike = primary(e);
    assertThat(strike.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(strike.claimant().actorId()).isEqualTo("us_led_coalition");
    assertThat(strike.date().start()).isEqualTo(LocalDate.of(2019, 1, 18));
  }

  @Test
  void aDenialOfAStrikeWithADateBesideItTellsTheStrikeButIsWhatThePassageIsAbout() {
    Extraction e = extract("The coalition has assessed as non-credible the allegation that coalition strikes in Douma on "
        + "20 August 2017 killed civilians.", meta(null, "Example News", LocalDate.of(2017, 9, 28)));
    assertThat(e.assertions()).extracting(Assertion::eventType).containsExactly("statement.denial", "airstrike");
    assertThat(primary(e).eventType()).isEqualTo("statement.denial");
    assertThat(e.assertions().get(0).date()).isNull();
    assertThat(e.assertions().get(1).date().start()).isEqualTo(LocalDate.of(2017, 8, 20));
  }

  @Test
  void aPartyRegrettingItsStrikeOnABuildingAnotherPartyUsedAcknowledgesIt() {
    Extraction e = extract("The assessment found that a coalition strike on a building used by ISIS fighters in Douma on "
        + "3 December 2018 unintentionally killed 6 civilians. The coalition regrets the loss of life.",
        meta(null, "Example News", LocalDate.of(2019, 2, 28)));
    assertThat(e.assertions()).extracting(Assertion::eventType).containsExactly("airstrike", "statement.acknowledgement");
    assertThat(e.assertions()).allSatisfy(a -> assertThat(a.perpetrator().actorId()).isEqualTo("us_led_coalition"));
  }

  @Test
  void sayingNoStrikesWereConductedAndReportsAreInaccurateIsADenial() {
    Extraction e = extract("The coalition conducted no strikes in the vicinity of the market in Douma on 24 September 2017. "
        + "Reports that coalition aircraft struck the market are inaccurate.",
        meta(null, "Example News", LocalDate.of(2017, 9, 27)));
    assertThat(e.assertions()).extracting(Assertion::eventType).contains("statement.denial");
    assertThat(primary(e).eventType()).isEqualTo("statement.denial");
    assertThat(primary(e).date().start()).isEqualTo(LocalDate.of(2017, 9, 24));
  }

  @Test
  void aPartyNamingTheKilledIsNoPerpetrator() {
    Extraction e = ExtractionPipeline.createDefault().extract("Iraq protested on Wednesday against Tuesday's air raids "
        + "on Sinjar mountain, which killed 5 peshmerga fighters by accident.", meta(null, "Example News",
        LocalDate.of(2017, 4, 26)));
    assertThat(primary(e).killed().get(CasualtyCategory.TOTAL)).isNotNull();
    assertThat(primary(e).perpetrator()).isNull();
  }

  @Test
  void aHeadlinedStatementDoesNotOutrankTheAttackTheTextTells() {
    Extraction e = extract("The Foreign Ministry wrote to the council on Sunday. On Friday, airstrikes killed 20 civilians in Douma. "
        + "The ministry demanded that the council act.", meta("Syria urges council to act", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(primary(e).eventType()).isEqualTo("airstrike");
    Extraction statementsOnly = extract("The Foreign Ministry demanded that the council act.",
        meta("Syria urges council to act", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(primary(statementsOnly).eventType()).isEqualTo("statement.demand");
  }

  @Test
  void anAttackTheBodyPlacesNowhereTakesTheHeadlinesPlaceWithoutASpan() {
    Extraction e = extract("On Monday I went to the market. Then the planes came back. Twenty people died.",
        meta("A witness from the Khan Sheikhoun market", "Example Monitor", LocalDate.of(2019, 1, 20)));
    Assertion a = primary(e);
    assertThat(a.eventType()).isEqualTo("airstrike");
    assertThat(a.place().name()).isEqualTo("Khan Shaykhun");
    assertThat(a.place().span()).isNull();
    assertThat(a.evidence()).extracting(Evidence::field).doesNotContain("place");
  }

  @Test
  void anAttackPlacedOnlyInAGovernorateTakesTheHeadlinesTownThere() {
    Extraction e = extract("Strikes carried out yesterday killed 20 people. Operations continue across Idlib province.",
        meta("Strikes hit Khan Shaykhun", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(primary(e).place().name()).isEqualTo("Khan Shaykhun");
    Extraction elsewhere = extract("Strikes carried out yesterday killed 20 people in Douma.",
        meta("Strikes hit Khan Shaykhun", "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(primary(elsewhere).place().name()).isEqualTo("Douma");
  }

  @Test
  void aStatementDatedByItsTellingLeavesTheOtherDateToTheAttack() {
    Extraction e = extract("The monitor said on Friday that soldiers in Douma had executed four men in December 2018, and "
        + "called on the Security Council to act.", meta(null, "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(e.assertions()).extracting(a -> a.eventType() + "@" + a.date().start() + "/" + a.date().precision())
        .containsExactly("massacre@2018-12-01/MONTH", "statement.demand@2019-01-18/DAY");
  }

  @Test
  void eachDateGoesToTheNearestStatementWordOrAttack() {
    Extraction e = extract("The ministry summoned the envoy on Thursday to protest against a drone strike that killed 3 people "
        + "in Douma on Tuesday.", meta(null, "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(e.assertions()).extracting(a -> a.eventType() + "@" + a.date().start())
        .containsExactlyInAnyOrder("statement.condemnation@2019-01-17", "drone_strike@2019-01-15");
  }

  @Test
  void theSameAircraftAreTheAttackersOfTheAttackBefore() {
    Extraction e = extract("The letters said that on 16 January coalition warplanes struck Douma, killing 11 civilians, and "
        + "that on 18 January the same aircraft struck a bridge near Idlib, killing 7 people.",
        meta(null, "Example News", LocalDate.of(2019, 1, 20)));
    assertThat(e.assertions()).extracting(a -> a.perpetrator() == null ? null : a.perpetrator().actorId())
        .containsExactly("us_led_coalition", "us_led_coalition");
  }

  @Test
  void anAttackADatedReportGivesNoDateForIsUnresolved() {
    Assertion dated = primary(extract("Shells killed two people in Douma.", meta(null, "Example News", LocalDate.of(2019, 1, 20))));
    assertThat(dated.date().isResolved()).isFalse();
    assertThat(dated.date().precision()).isEqualTo(org.harmledger.model.DatePrecision.UNRESOLVED);
    assertThat(dated.date().span()).isNull();
    assertThat(primary(extract("Shells killed two people in Douma.", meta(null, "Example News", null))).date()).isNull();
  }
}
