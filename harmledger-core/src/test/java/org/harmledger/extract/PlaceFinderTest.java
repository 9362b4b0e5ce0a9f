package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.extract.StageAssertions.assertSpans;

import java.util.List;
import org.harmledger.model.PlaceRef;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {
  private static final PlaceFinder FINDER = new PlaceFinder(Fixtures.RULES, Fixtures.GAZETTEER);

  private static List<PlaceRef> find(String text) {
    return FINDER.find(Fixtures.analyzed(text, null));
  }

  private static PlaceRef first(String text) {
    return find(text).get(0);
  }

  @Test
  void aNamedVillageIsPrecisionOneWithItsAdminAreas() {
    PlaceRef p = first("Jets struck al-Baghouz Foqani village in Deir Ezzor south-eastern countryside.");
    assertThat(p.name()).isEqualTo("Al-Baghuz Fawqani");
    assertThat(p.geonamesId()).isEqualTo(-1L);
    assertThat(p.precision()).isEqualTo(1);
    assertThat(p.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(p.admin2()).isEqualTo("Abu Kamal");
    assertThat(p.country()).isEqualTo("SY");
  }

  @Test
  void countrysideMeansTheGovernorate() {
    List<PlaceRef> found = find("Jets struck al-Baghouz Foqani village in Deir Ezzor south-eastern countryside.");
    PlaceRef governorate = found.get(1);
    assertThat(governorate.name()).isEqualTo("Deir ez-Zor Governorate");
    assertThat(governorate.precision()).isEqualTo(4);
    assertThat(first("Shelling hit the countryside of Idlib.").precision()).isEqualTo(4);
  }

  @Test
  void withoutCueTheTownIsPreferredOverTheGovernorate() {
    PlaceRef p = first("Shelling hit Idlib on Monday.");
    assertThat(p.name()).isEqualTo("Idlib");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void nearAndSurroundingsArePrecisionTwo() {
    assertThat(first("Shelling hit near Douma.").precision()).isEqualTo(2);
    assertThat(first("Shelling hit the outskirts of Douma.").precision()).isEqualTo(2);
    assertThat(first("Shelling hit Douma and its surroundings.").precision()).isEqualTo(2);
  }

  @Test
  void districtAndCountry() {
    assertThat(first("Clashes in Abu Kamal district.").precision()).isEqualTo(3);
    assertThat(first("Clashes across Syria.").precision()).isEqualTo(6);
  }

  @Test
  void anUnknownVillageKeepsItsNameInTheAreaNamedNearby() {
    List<PlaceRef> found = find("Jets struck the village of Tal Shuaib in Idlib countryside.");
    PlaceRef unknown = found.stream().filter(p -> p.geonamesId() == null).findFirst().orElseThrow();
    assertThat(unknown.name()).isEqualTo("Tal Shuaib");
    assertThat(unknown.admin1()).isEqualTo("Idlib");
    assertThat(unknown.precision()).isEqualTo(4);
    assertThat(unknown.lat()).isNull();
  }

  @Test
  void anUnknownVillageAloneHasUnknownPrecision() {
    PlaceRef p = first("Jets struck the village of Tal Shuaib.");
    assertThat(p.name()).isEqualTo("Tal Shuaib");
    assertThat(p.precision()).isEqualTo(7);
  }

  @Test
  void spansPointIntoTheText() {
    assertSpans(FINDER, PlaceRef::span, "Jets hit Khan Sheikhoun. Then Douma.", null, "Khan Sheikhoun", "Douma");
  }

  @Test
  void anUnknownOutpostKeepsItsWholeName() {
    PlaceRef p = find("Cells attacked the Jurdi al-Sharqi outpost in the Idlib countryside.").stream()
        .filter(x -> x.geonamesId() == null).findFirst().orElseThrow();
    assertThat(p.name()).isEqualTo("Jurdi al-Sharqi");
    assertThat(p.admin1()).isEqualTo("Idlib");
    assertThat(p.precision()).isEqualTo(4);
  }

  @Test
  void anUnknownVillageTakesTheGovernorateOfATownNamedBesideIt() {
    PlaceRef p = find("A strike on the village of Kafr Sajna near Khan Shaykhun killed seven.").stream()
        .filter(x -> x.geonamesId() == null).findFirst().orElseThrow();
    assertThat(p.name()).isEqualTo("Kafr Sajna");
    assertThat(p.admin1()).isEqualTo("Idlib");
    assertThat(p.precision()).isEqualTo(4);
  }

  @Test
  void aPlaceNamedAsPartOfATownIsThatTown() {
    assertThat(find("Rockets hit the Khan Shaykhun neighbourhood of Idlib city.")).extracting(PlaceRef::name)
        .containsExactly("Idlib");
    assertThat(find("Rockets hit Khan Shaykhun in Idlib province.")).extracting(PlaceRef::name)
        .containsExactly("Khan Shaykhun", "Idlib Governorate");
  }

  @Test
  void aProvinceCueAfterAnotherNameBelongsToThatName() {
    List<PlaceRef> found = find("Jets struck a market in the town of Khan Shaykhun in Idlib province.");
    assertThat(found).extracting(p -> p.name() + "/" + p.precision())
        .containsExactly("Khan Shaykhun/1", "Idlib Governorate/4");
    assertThat(first("Jets struck Khan Shaykhun and Idlib southern countryside.").precision()).isEqualTo(1);
  }

  @Test
  void aBareGovernorateNameIsTheGovernorateWhenTheTextNamesTheProvince() {
    List<PlaceRef> found = find("Strikes hit Idlib province on Monday. Reports of strikes on civilians in Idlib were denied.");
    assertThat(found).extracting(p -> p.name() + "/" + p.precision())
        .containsExactly("Idlib Governorate/4", "Idlib Governorate/4");
    assertThat(find("Strikes hit Idlib province on Monday. Shelling hit Idlib city.")).extracting(PlaceRef::precision)
        .containsExactly(4, 1);
  }

  @Test
  void whereTheAttackersCameFromIsNotWhereTheyStruck() {
    assertThat(find("Aircraft taking off from Douma circled over Khan Shaykhun.")).extracting(PlaceRef::name)
        .containsExactly("Khan Shaykhun");
    assertThat(find("Jets based at Douma struck the village of Kafr Sajna near Idlib.")).extracting(PlaceRef::name)
        .doesNotContain("Douma");
  }

  @Test
  void theAimOfWhatWasHitIsNotWhereItWasHit() {
    assertThat(find("The strikes destroyed a centre used to plan attacks on the towns of the Idlib countryside, "
        + "and hit Douma.")).extracting(PlaceRef::name).containsExactly("Douma");
  }

  @Test
  void anUnknownAreaOfAKnownPlaceIsThatArea() {
    PlaceRef p = find("A drone struck the Sidakan area of Idlib province.").stream()
        .filter(x -> x.geonamesId() == null).findFirst().orElseThrow();
    assertThat(p.name()).isEqualTo("Sidakan");
    assertThat(p.admin1()).isEqualTo("Idlib");
    assertThat(p.precision()).isEqualTo(4);
    assertThat(find("Fighters fled the Panorama area near Douma.")).extracting(PlaceRef::name).containsExactly("Douma");
  }

  @Test
  void farmsArePartOfTheNameTheyFollow() {
    assertThat(find("A raid hit the displaced people's camp at the al-Bahra farms.")).extracting(PlaceRef::name)
        .containsExactly("al-Bahra farms");
  }

  @Test
  void aQuarterNamedAfterItsTownIsPartOfThatTown() {
    assertThat(find("Dozens were taken to hospitals in Idlib after shells hit the al-Khalidiya neighbourhood."))
        .extracting(PlaceRef::name).containsExactly("Idlib");
    assertThat(find("Shells hit the al-Khalidiya neighbourhood.")).extracting(PlaceRef::name).containsExactly("al-Khalidiya");
  }

  @Test
  void theAddresseeOfADemandIsNotAPlace() {
    assertThat(find("The monitor called on Idlib authorities to investigate the strike on Douma."))
        .extracting(PlaceRef::name).containsExactly("Douma");
  }

  @Test
  void aCampNamedAfterATownIsNearThatTown() {
    assertThat(first("A drone hit a building in the Douma refugee camp.").precision()).isEqualTo(2);
    assertThat(first("A drone hit a building in Douma.").precision()).isEqualTo(1);
  }

  @Test
  void aCompassAdjectiveBeforeAGovernorateNameMeansTheGovernorate() {
    assertThat(find("Strikes near Khan Shaykhun in western Idlib hit a depot.")).extracting(p -> p.name() + "/" + p.precision())
        .containsExactly("Khan Shaykhun/2", "Idlib Governorate/4");
    assertThat(first("Shells hit eastern Douma.").precision()).isEqualTo(1);
  }

  @Test
  void aNameThatSpeaksIsAGovernmentNotAPlace() {
    assertThat(find("Shells hit Khan Shaykhun. Idlib blamed the coalition.")).extracting(PlaceRef::name)
        .containsExactly("Khan Shaykhun");
    assertThat(find("Rescuers in Idlib said the shells hit Khan Shaykhun.")).extracting(PlaceRef::name)
        .containsExactly("Idlib", "Khan Shaykhun");
  }

  @Test
  void aNameAfterAnIndefiniteArticleSaysWhoseNotWhere() {
    assertThat(find("Fighters attacked a Peshmerga outpost near Douma.")).extracting(PlaceRef::name).containsExactly("Douma");
    assertThat(find("Fighters attacked the Jurdi outpost near Douma.")).extracting(PlaceRef::name).contains("Jurdi");
  }
}
