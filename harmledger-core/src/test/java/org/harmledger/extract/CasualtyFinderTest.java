package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.extract.StageAssertions.assertSpans;

import java.util.List;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.junit.jupiter.api.Test;

class CasualtyFinderTest {
  private static final CasualtyFinder FINDER = new CasualtyFinder(Fixtures.RULES);

  private static List<CasualtyMention> find(String text) {
    return FINDER.find(Fixtures.analyzed(text, null));
  }

  private static CasualtyMention only(String text) {
    List<CasualtyMention> found = find(text);
    assertThat(found).as("figures in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void figureBeforeTheOutcome() {
    CasualtyMention m = only("At least 12 civilians were killed in the raid.");
    assertThat(m.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(m.category()).isEqualTo(CasualtyCategory.CIVILIANS);
    assertThat(m.count()).isEqualTo(Count.atLeast(12));
  }

  @Test
  void outcomeBeforeTheFigure() {
    CasualtyMention m = only("The strike hit a market, killing twenty-one people.");
    assertThat(m.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(m.category()).isEqualTo(CasualtyCategory.TOTAL);
    assertThat(m.count()).isEqualTo(Count.exactly(21));
  }

  @Test
  void killedAndInjuredInOneSentence() {
    assertSpans(FINDER, CasualtyMention::span, "Shelling left 5 dead and 30 wounded.", null, "5 dead", "30 wounded");
    List<CasualtyMention> found = find("The blast killed 4 soldiers and wounded 9 others.");
    assertThat(found).extracting(CasualtyMention::outcome).containsExactly(Outcome.KILLED, Outcome.INJURED);
    assertThat(found).extracting(CasualtyMention::category)
        .containsExactly(CasualtyCategory.COMBATANTS, CasualtyCategory.TOTAL);
  }

  @Test
  void categories() {
    assertThat(only("Three children died.").category()).isEqualTo(CasualtyCategory.CHILDREN);
    assertThat(only("Two women were injured.").category()).isEqualTo(CasualtyCategory.WOMEN);
    assertThat(find("Six men were abducted and 2 men went missing.")).extracting(CasualtyMention::outcome)
        .containsExactly(Outcome.MISSING, Outcome.MISSING);
    assertThat(only("Gunmen executed six young men.").category()).isEqualTo(CasualtyCategory.MEN);
    assertThat(only("Five members of the Syrian army were killed.").category()).isEqualTo(CasualtyCategory.COMBATANTS);
    assertThat(only("Dozens of fighters were killed.").count()).isEqualTo(new Count(12, null, true));
  }

  @Test
  void includingListsRecordGroupsAsPresentOrCounted() {
    List<CasualtyMention> found = find("Twenty civilians, including women and children, were killed.");
    assertThat(found).extracting(CasualtyMention::category)
        .containsExactly(CasualtyCategory.CIVILIANS, CasualtyCategory.WOMEN, CasualtyCategory.CHILDREN);
    assertThat(found.get(1).count()).isEqualTo(Count.present());
    List<CasualtyMention> counted = find("Ten people were killed, including 4 children.");
    assertThat(counted).extracting(CasualtyMention::count).containsExactly(Count.exactly(10), Count.exactly(4));
    assertThat(counted.get(1).category()).isEqualTo(CasualtyCategory.CHILDREN);
    assertThat(counted.get(1).outcome()).isEqualTo(Outcome.KILLED);
  }

  @Test
  void deathTollUpdate() {
    CasualtyMention m = only("The death toll rose to 31 on Sunday.");
    assertThat(m.tollUpdate()).isTrue();
    assertThat(m.category()).isEqualTo(CasualtyCategory.TOTAL);
    assertThat(m.count()).isEqualTo(Count.exactly(31));
  }

  @Test
  void negationsAndHypotheticalsGiveNoFigure() {
    assertThat(find("No casualties were reported.")).isEmpty();
    assertThat(find("No one was killed in the attack.")).isEmpty();
    assertThat(find("The bomb could have killed 100 people.")).isEmpty();
    assertThat(find("The group threatened to kill 50 hostages.")).isEmpty();
  }

  @Test
  void numbersThatAreNotCasualties() {
    assertThat(find("Dozens of families fled 20 km to the north.")).isEmpty();
    assertThat(find("Resolution 2254 was adopted.")).isEmpty();
  }

  @Test
  void namesBeforeTheCategoryNounAndOnePersonJoinedToAFigure() {
    List<CasualtyMention> found = find("ISIS cells killed 2 SDF fighters and a shepherd.");
    assertThat(found).extracting(m -> m.category() + "=" + m.count().min())
        .containsExactly("COMBATANTS=2", "CIVILIANS=1");
    assertThat(found).allMatch(m -> m.outcome() == Outcome.KILLED);
  }

  @Test
  void aTollUpdateCountsTheCategoryItNames() {
    CasualtyMention m = only("The death toll from the raids rose to 23 civilians.");
    assertThat(m.tollUpdate()).isTrue();
    assertThat(m.category()).isEqualTo(CasualtyCategory.CIVILIANS);
    assertThat(m.count()).isEqualTo(Count.exactly(23));
  }

  private static List<String> figures(String text) {
    return find(text).stream().map(m -> m.outcome() + "." + m.category() + "=" + m.count().min()).toList();
  }

  @Test
  void bodiesAreTheDead() {
    assertThat(figures("Rescuers recovered 39 bodies from the market.")).containsExactly("KILLED.TOTAL=39");
  }

  @Test
  void othersJoinedToAFigureAreOfItsCategoryUnlessVague() {
    assertThat(figures("The rockets hit the town, killing 4 civilians and injuring 11 others."))
        .containsExactly("KILLED.CIVILIANS=4", "INJURED.CIVILIANS=11");
    assertThat(figures("The drone hit the street, killing 4 civilians and wounding tens of others."))
        .containsExactly("KILLED.CIVILIANS=4", "INJURED.TOTAL=10");
  }

  @Test
  void aFigureWaitingBeforeAJoinedOneTakesItsOutcome() {
    assertThat(figures("The SDF said twenty-five militants and three of its own fighters were killed."))
        .containsExactly("KILLED.COMBATANTS=25", "KILLED.COMBATANTS=3");
  }

  @Test
  void anOutcomeBeyondAnotherCountIsThatCountsOwn() {
    assertThat(figures("The network documented 91 deaths, among them 32 children and 23 women, and 520 injuries."))
        .containsExactly("KILLED.TOTAL=91", "INJURED.TOTAL=520", "KILLED.CHILDREN=32", "KILLED.WOMEN=23");
    assertThat(figures("Eleven civilians, four of them children, were killed.")).startsWith("KILLED.CIVILIANS=11");
  }

  @Test
  void anArticleOrPossessiveBeforeAPersonCountsOne() {
    assertThat(figures("Shells killed a woman and her son and injured seven others."))
        .containsExactly("KILLED.WOMEN=1", "KILLED.CHILDREN=1", "INJURED.TOTAL=7");
    assertThat(figures("A surgeon at the hospital died.")).containsExactly("KILLED.TOTAL=1");
  }

  @Test
  void aTollNounNamingACategoryCountsItFarFromTheVerb() {
    assertThat(figures("The number of civilians killed in the coalition raid on the displaced people's camp at the farms, "
        + "east of the town, on Tuesday rose to 27.")).containsExactly("KILLED.CIVILIANS=27");
  }

  @Test
  void moreBeforeTheOutcomeAndPolicemenAreMen() {
    assertThat(figures("In Kafr Batna, 6 more died and 22 were wounded.")).containsExactly("KILLED.TOTAL=6", "INJURED.TOTAL=22");
    assertThat(figures("A roadside bomb killed two policemen.")).containsExactly("KILLED.MEN=2");
  }

  @Test
  void peopleAreCiviliansOnlyWhenTheTextSaysSoOrListsThemWithCivilians() {
    assertThat(figures("Gunmen abducted 3 aid workers on the road.")).containsExactly("MISSING.TOTAL=3");
    assertThat(figures("The UN said 20 civilians and one aid worker were killed."))
        .containsExactly("KILLED.CIVILIANS=20", "KILLED.CIVILIANS=1");
  }

  @Test
  void aCountOfTwoGroupsIsTheirTotalWithEachPresent() {
    assertThat(figures("ISIL fighters abducted 3,548 women and children that day."))
        .containsExactly("MISSING.TOTAL=3548", "MISSING.WOMEN=1", "MISSING.CHILDREN=1");
    assertThat(figures("Shelling killed 3 women and 2 children.")).startsWith("KILLED.WOMEN=3");
  }

  @Test
  void kinAndPeopleNamedByWhatTheyDoAreCounted() {
    assertThat(only("My neighbour's two daughters were killed.").count()).isEqualTo(Count.exactly(2));
    assertThat(find("The drone killed two Iraqi border guard officers and their driver.")).extracting(m -> m.count().min())
        .containsExactly(2L, 1L);
    assertThat(find("A bomb exploded, wounding the driver and two passers-by.")).extracting(m -> m.count().min())
        .containsExactly(1L, 2L);
    assertThat(only("Rockets killed an American civilian contractor.").category()).isEqualTo(CasualtyCategory.CIVILIANS);
    assertThat(only("The gunfight killed two of the attackers.").category()).isEqualTo(CasualtyCategory.COMBATANTS);
  }

  @Test
  void aFamilyAndItsPossessiveAreJoined() {
    assertThat(find("A drone killed a woman and her two children.")).extracting(m -> m.category() + "=" + m.count().min())
        .containsExactly("WOMEN=1", "CHILDREN=2");
  }

  @Test
  void exhumedRemainsAreDead() {
    CasualtyMention m = only("A team exhumed the remains of 22 people from a mass grave.");
    assertThat(m.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(m.count()).isEqualTo(Count.exactly(22));
  }

  @Test
  void peopleSeizedAreMissing() {
    CasualtyMention m = only("Families are searching for five shepherds who were seized by armed men last week.");
    assertThat(m.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(m.category()).isEqualTo(CasualtyCategory.CIVILIANS);
    assertThat(m.count()).isEqualTo(Count.exactly(5));
  }

  @Test
  void anAgeBetweenArticleAndNounKeepsTheOnePersonAndTheirCategory() {
    CasualtyMention m = only("Shells hit the town, killing an eight-year-old girl.");
    assertThat(m.category()).isEqualTo(CasualtyCategory.CHILDREN);
    assertThat(m.count()).isEqualTo(Count.exactly(1));
    assertThat(only("The drone killed his 10-year-old son.").category()).isEqualTo(CasualtyCategory.CHILDREN);
  }

  @Test
  void peopleTakenToHospitalAreInjured() {
    CasualtyMention m = only("At least 100 people were taken to hospitals with breathing difficulties.");
    assertThat(m.outcome()).isEqualTo(Outcome.INJURED);
    assertThat(m.count()).isEqualTo(Count.atLeast(100));
  }

  @Test
  void aFamilyOfNIsNPeople() {
    CasualtyMention m = only("Jets struck a house, killing a family of five who were sheltering in a basement.");
    assertThat(m.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(m.count()).isEqualTo(Count.exactly(5));
  }
}
