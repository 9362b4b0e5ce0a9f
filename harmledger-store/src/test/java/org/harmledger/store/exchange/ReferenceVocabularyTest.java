package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.actors.Actor;
import org.junit.jupiter.api.Test;

class ReferenceVocabularyTest {
  private static final ReferenceVocabulary V = ReferenceVocabulary.loadDefault();

  @Test
  void acledSubEventTypes_importAsTheWidestOfOurTypes_andExportBack() {
    assertThat(V.eventTypeOf("Air/drone strike")).contains("airstrike");
    assertThat(V.eventTypeOf("Shelling/artillery/missile attack")).contains("shelling");
    assertThat(V.eventTypeOf("Suicide bomb")).isEqualTo(V.eventTypeOf("Remote explosive/landmine/IED"));
    assertThat(V.eventTypeOf("Peaceful protest")).isEmpty();
    assertThat(V.subEventOf("drone_strike")).contains("Air/drone strike");
    assertThat(V.subEventOf("statement.denial")).isEmpty();
    assertThat(V.acledEventType("Armed clash").orElseThrow().path("event_type").asText()).isEqualTo("Battles");
  }

  @Test
  void countriesAndAdminNames() {
    assertThat(V.countryCode("syria")).contains("SY");
    assertThat(V.countryCode("Myanmar")).contains("MM");
    assertThat(V.countryCode("Narnia")).isEmpty();
    assertThat(V.countryName("iq")).isEqualTo("Iraq");
    assertThat(V.countryName("ZZ")).isEqualTo("ZZ");
    assertThat(V.adminName("Deir ez-Zor governorate")).isEqualTo("Deir ez-Zor");
    assertThat(V.adminName("Idlib")).isEqualTo("Idlib");
    assertThat(V.adminName(" ")).isNull();
  }

  @Test
  void actors_areFoundByTheNamesTheDatasetsUse() {
    assertThat(V.actorIn("Military Forces of Russia (2000-)").map(Actor::id)).contains("russia");
    assertThat(V.actorIn("Civilians (Syria)").map(Actor::id)).isNotEqualTo(V.actorIn("Russia").map(Actor::id));
    assertThat(V.actor("us_led_coalition").map(Actor::name)).contains("US-led coalition");
  }
}
