package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyRelationsTest {
  private final PartyRelations parties = PartyRelations.loadDefault();

  @Test
  void foldsBodiesIntoThePartyAnswerableForThem() {
    assertThat(parties.root("syria_mofa")).isEqualTo("syrian_government");
    assertThat(parties.root("iraq_health_ministry")).isEqualTo("iraq_government");
    assertThat(parties.root("usa")).isEqualTo("us_led_coalition");
    assertThat(parties.root("sohr")).isEqualTo("sohr");
    assertThat(parties.root(null)).isNull();
  }

  @Test
  void alliesShareASideAndEnemiesAreListed() {
    assertThat(parties.side("iran")).isEqualTo(parties.side("syrian_government"));
    assertThat(parties.areEnemies("syrian_government", "us_led_coalition")).isTrue();
    assertThat(parties.areEnemies("iran", "us_led_coalition")).isTrue();
    assertThat(parties.areEnemies("turkey", "sdf")).isTrue();
    assertThat(parties.areEnemies("iran", "syrian_government")).isFalse();
  }

  @Test
  void monitorsAreNotPartiesAndEnemyOfNoOne() {
    assertThat(parties.isParty("sohr")).isFalse();
    assertThat(parties.areEnemies("sohr", "isil")).isFalse();
    assertThat(parties.isParty("isil")).isTrue();
  }
}
