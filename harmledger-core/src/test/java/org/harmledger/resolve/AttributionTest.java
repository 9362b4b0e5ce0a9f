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
}
