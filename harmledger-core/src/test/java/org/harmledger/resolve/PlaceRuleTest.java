package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.model.PlaceRef;
import org.junit.jupiter.api.Test;

class PlaceRuleTest {
  private final PlaceRule rule = new PlaceRule();
  private final ProfileFactory factory =
      new ProfileFactory(EventFamilies.loadDefault(), PartyRelations.loadDefault());

  private MatchProfile at(PlaceRef p) {
    return factory.of("x", "airstrike", Fixtures.day("2019-01-18"), p, null);
  }

  @Test
  void theSamePlaceMatchesFully() {
    assertThat(rule.score(at(Fixtures.BAGHOUZ), at(Fixtures.BAGHOUZ))).isEqualTo(1.0);
  }

  @Test
  void neighbouringVillagesDoNotMatch() {
    assertThat(PlaceRule.distanceKm(34.45, 40.93, 34.41, 40.98)).isBetween(5.0, 7.0);
    FieldAgreement f = rule.compare(at(Fixtures.BAGHOUZ), at(Fixtures.BAGHOUZ_TAHTANI));
    assertThat(f.compatible()).isFalse();
    assertThat(f.rule()).contains("km apart, beyond 3 km");
  }

  @Test
  void aNearPlaceMatchesWithinTwentyFiveKilometres() {
    PlaceRef near = new PlaceRef("near Susah", null, 34.52, 40.87, "Deir ez-Zor", "Abu Kamal", "SY", 2, "near Susah",
        null);
    assertThat(rule.score(at(near), at(Fixtures.BAGHOUZ))).isPositive();
    assertThat(rule.score(at(near), at(Fixtures.MOSUL))).isNegative();
  }

  @Test
  void coarsePlacesCompareByAdminAreaWithTransliterationVariants() {
    assertThat(rule.compare(at(Fixtures.ABU_KAMAL_DISTRICT), at(Fixtures.BAGHOUZ)).rule()).contains("same admin2");
    assertThat(rule.score(at(Fixtures.DEIR_EZ_ZOR), at(Fixtures.ABU_KAMAL_DISTRICT))).isEqualTo(0.4);
    assertThat(rule.score(at(Fixtures.DEIR_EZ_ZOR), at(Fixtures.MOSUL))).isNegative();
  }

  @Test
  void vaguePlacesAndOtherCountriesNeverMatch() {
    assertThat(rule.score(at(Fixtures.SYRIA), at(Fixtures.SYRIA))).isNegative();
    assertThat(rule.compare(at(Fixtures.SYRIA), at(Fixtures.BAGHOUZ)).rule()).contains("where_prec >= 5");
    PlaceRef iraqiNamesake = new PlaceRef("Abu Kamal", null, null, null, "Anbar", "Abu Kamal", "IQ", 3, "x", null);
    assertThat(rule.compare(at(iraqiNamesake), at(Fixtures.ABU_KAMAL_DISTRICT)).rule()).contains("different countries");
  }
}
