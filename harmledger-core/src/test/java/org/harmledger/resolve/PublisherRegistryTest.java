package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherRegistryTest {
  private final PublisherRegistry registry = PublisherRegistry.loadDefault();

  @Test
  void findsPublishersByNameAliasAndCaseOrPunctuationVariant() {
    assertThat(registry.lookup("SANA").id()).isEqualTo("sana");
    assertThat(registry.lookup("Syrian Arab News Agency").id()).isEqualTo("sana");
    assertThat(registry.lookup("agence france presse").id()).isEqualTo("afp");
    assertThat(registry.lookup("Levant Wire").id()).isEqualTo("levant_wire");
  }

  @Test
  void shipsTheFictionalOutletsWithTheirAlignments() {
    assertThat(registry.lookup("Damascus News Agency").alignment()).isEqualTo("syrian_government");
    assertThat(registry.lookup("Tehran Press Agency").alignment()).isEqualTo("iran");
    assertThat(registry.lookup("Iraqi News Service").alignment()).isEqualTo("iraq_government");
    assertThat(registry.lookup("North Syria Press").alignment()).isEqualTo("sdf");
    assertThat(registry.lookup("Coalition Press Desk").type()).isEqualTo(PublisherType.BELLIGERENT_PRESS_OFFICE);
    assertThat(registry.lookup("Euphrates Monitor").type()).isEqualTo(PublisherType.MONITORING_NGO);
    assertThat(registry.lookup("Tigris Daily").alignment()).isNull();
  }

  @Test
  void stateOutletsOfOneOwnerShareAFamily() {
    assertThat(registry.lookup("Damascus News Agency").family()).isEqualTo(registry.lookup("SANA").family());
    assertThat(registry.lookup("Mehr News Agency").family()).isNotEqualTo(registry.lookup("SANA").family());
  }

  @Test
  void anUnknownPublisherIsItsOwnFamily() {
    Publisher p = registry.lookup("Raqqa Evening Bulletin");
    assertThat(p.type()).isEqualTo(PublisherType.UNKNOWN);
    assertThat(p.family()).isEqualTo(p.id()).isNotEqualTo(registry.lookup("Another Unknown Paper").family());
    assertThat(registry.lookup(null).type()).isEqualTo(PublisherType.UNKNOWN);
  }

  @Test
  void rejectsDuplicateIds() {
    Publisher p = Publisher.unknown("x");
    assertThatThrownBy(() -> new PublisherRegistry(List.of(p, p))).hasMessageContaining("duplicate publisher id");
  }
}
