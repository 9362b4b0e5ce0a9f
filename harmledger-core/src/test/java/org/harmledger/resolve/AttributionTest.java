package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private final SourceIndependence independence =
      new SourceIndependence(PublisherRegistry.loadDefault(), PartyRelations.loadDefault());
  private final PartyRelations parties = PartyRelations.loadDefault();

  private Attribution of(SourcedAssertion... members) {
    List<SourcedAssertion> list = List.of(members);
    Map<String, String> roots = new HashMap<>();
    list.forEach(a -> roots.put(a.assertionId(),
        parties.root(a.assertion().perpetrator() == null ? null : a.assertion().perpetrator().actorId())));
    return Attribution.of(list, independence.sourcesOf(list), roots);
  }

  @Test
  void noNamedPerpetratorIsUnknown() {
    assertThat(of(Fixtures.report("a", "Reuters", "2019-01-19").build()).status()).isEqualTo(AttributionStatus.UNKNOWN);
  }

  @Test
  void partsOfOnePartyAreOneAttribution() {
    Attribution a = of(Fixtures.report("a", "Reuters", "2019-01-19").by("usa").build(),
        Fixtures.report("b", "AFP", "2019-01-19").by("us_led_coalition").build());
    assertThat(a.status()).isEqualTo(AttributionStatus.SINGLE);
    assertThat(a.named()).containsEntry("us_led_coalition", 2);
  }

  @Test
  void differentPartiesAreContestedAndTheBestSupportedLeads() {
    Attribution a = of(Fixtures.report("a", "Reuters", "2019-01-19").by("russia").build(),
        Fixtures.report("b", "AFP", "2019-01-19").by("russia").build(),
        Fixtures.report("c", "SANA", "2019-01-19").by("us_led_coalition").build(),
        Fixtures.report("d", "Airwars", "2019-01-19").type("statement.denial").by("isil").build());
    assertThat(a.status()).isEqualTo(AttributionStatus.CONTESTED);
    assertThat(a.perpetrator()).isEqualTo("russia");
    assertThat(a.named()).containsOnlyKeys("russia", "us_led_coalition");
  }

  @Test
  void partisanClaimsAgainstAnEnemyWeighLessThanNonPartisanOnes_evenOnATie() {
    // Mosul, 17 March 2017: Iraqi state media and the coalition's own desk blame ISIL; two independent outlets the coalition.
    Attribution a = of(Fixtures.report("a", "Iraqi News Service", "2017-03-19").by("isil").build(),
        Fixtures.report("b", "Coalition Press Desk", "2017-03-25").by("isil").build(),
        Fixtures.report("c", "Tigris Daily", "2017-03-19").by("us_led_coalition").build(),
        Fixtures.report("d", "Levant Wire Service", "2017-03-28").by("us_led_coalition").build());

    assertThat(a.named()).containsEntry("isil", 2).containsEntry("us_led_coalition", 2);
    assertThat(a.nonPartisan()).containsEntry("isil", 0).containsEntry("us_led_coalition", 2);
    assertThat(a.perpetrator()).isEqualTo("us_led_coalition");
    assertThat(a.status()).isEqualTo(AttributionStatus.CONTESTED);
  }

  @Test
  void manyPartisanSourcesDoNotOutweighOneNonPartisanSource() {
    Attribution a = of(Fixtures.report("a", "Iraqi News Service", "2017-03-19").by("isil").build(),
        Fixtures.report("b", "Coalition Press Desk", "2017-03-25").by("isil").build(),
        Fixtures.report("c", "Tigris Daily", "2017-03-19").by("us_led_coalition").build());

    assertThat(a.perpetrator()).isEqualTo("us_led_coalition");
  }

  @Test
  void withOnlyPartisanSources_theMostSourcesLead() {
    Attribution a = of(Fixtures.report("a", "Iraqi News Service", "2017-03-19").by("isil").build(),
        Fixtures.report("b", "Coalition Press Desk", "2017-03-25").by("isil").build());

    assertThat(a.nonPartisan()).containsEntry("isil", 0);
    assertThat(a.perpetrator()).isEqualTo("isil");
    assertThat(a.status()).isEqualTo(AttributionStatus.SINGLE);
  }
}
