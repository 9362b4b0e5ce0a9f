package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceIndependenceTest {
  private final SourceIndependence independence =
      new SourceIndependence(PublisherRegistry.loadDefault(), PartyRelations.loadDefault());

  @Test
  void aRepublicationIsTheSourceOfItsOriginal() {
    SourcedAssertion original = Fixtures.report("lws-1", "Levant Wire Service", "2019-01-19").build();
    SourcedAssertion copy = Fixtures.report("oo-1", "Orient Observer", "2019-01-19").republishes("lws-1").build();
    Map<String, Source> s = independence.sourcesOf(List.of(original, copy));
    assertThat(s.get(copy.assertionId()).key()).isEqualTo("levant_wire");
    assertThat(s.get(original.assertionId()).key()).isEqualTo("levant_wire");
  }

  @Test
  void aRepublicationWithoutItsOriginalIsKeyedByTheOriginalReport() {
    SourcedAssertion copy = Fixtures.report("oo-1", "Orient Observer", "2019-01-19").republishes("lws-1").build();
    assertThat(independence.sourcesOf(List.of(copy)).get(copy.assertionId()).key())
        .isEqualTo("report:" + Fixtures.reportId("lws-1").hex());
  }

  @Test
  void outletsOfOneFamilyAreOneSource() {
    SourcedAssertion a = Fixtures.report("sana-1", "SANA", "2019-01-19").build();
    SourcedAssertion b = Fixtures.report("dna-1", "Damascus News Agency", "2019-01-19").build();
    Map<String, Source> s = independence.sourcesOf(List.of(a, b));
    assertThat(s.get(a.assertionId()).key()).isEqualTo(s.get(b.assertionId()).key());
  }

  @Test
  void aPartyAccusingItsEnemyIsPartisanByClaimantOrByAlignment() {
    SourcedAssertion byClaimant = Fixtures.report("r-1", "Reuters", "2019-01-19").by("us_led_coalition")
        .claimedBy("syria_mofa").build();
    SourcedAssertion byAlignment = Fixtures.report("tpa-1", "Tehran Press Agency", "2019-01-19")
        .by("us_led_coalition").build();
    SourcedAssertion neutral = Fixtures.report("sohr-1", "SOHR", "2019-01-19").by("us_led_coalition").build();
    SourcedAssertion aboutAlly = Fixtures.report("dna-2", "Damascus News Agency", "2019-01-19").by("russia").build();
    Map<String, Source> s = independence.sourcesOf(List.of(byClaimant, byAlignment, neutral, aboutAlly));
    assertThat(s.get(byClaimant.assertionId()).partisan()).isTrue();
    assertThat(s.get(byClaimant.assertionId()).side()).isEqualTo("damascus_bloc");
    assertThat(s.get(byAlignment.assertionId()).corroborationKey()).isEqualTo("bloc:damascus_bloc");
    assertThat(s.get(neutral.assertionId()).partisan()).isFalse();
    assertThat(s.get(aboutAlly.assertionId()).partisan()).isFalse();
  }
}
