package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.Assertion;
import org.harmledger.model.Evidence;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class AccusedPerpetratorRuleTest {
  private static final ReportMetadata META = new ReportMetadata(null, "Example News", null, LocalDate.of(2019, 1, 20),
      PublishedFrom.METADATA, "en", ReportKind.NEWS);

  private static List<Assertion> extract(String text) {
    return Fixtures.PIPELINE.extract(text, META).assertions();
  }

  @Test
  void anAttackWithoutPerpetratorTakesTheAccusedParty() {
    List<Assertion> all = extract("Air strikes hit a camp in Douma last night, killing 12 people. Activists blamed the coalition.");
    Assertion strike = all.get(0);
    assertThat(strike.eventType()).isEqualTo("airstrike");
    assertThat(strike.perpetrator().actorId()).isEqualTo("us_led_coalition");
    assertThat(strike.evidence()).filteredOn(e -> e.field().equals("perpetrator")).extracting(Evidence::text)
        .containsExactly("coalition");
  }

  @Test
  void aNamedPerpetratorIsKept() {
    List<Assertion> all = extract("Regime helicopters hit Douma last night, killing 12 people. Activists blamed the coalition.");
    assertThat(all.get(0).perpetrator().actorId()).isEqualTo("syrian_government_forces");
  }

  @Test
  void theSourceOfTheAttackBlamingSomeoneOnlyAttributesIt() {
    List<Assertion> all = extract("Activists said air strikes hit a camp in Douma last night, killing 12 people. "
        + "They blamed the coalition.");
    assertThat(all).extracting(Assertion::eventType).containsExactly("airstrike");
    assertThat(all.get(0).perpetrator().actorId()).isEqualTo("us_led_coalition");
  }

  @Test
  void aSourceThatOnlyBlamesAPartyAttributesTheAttackAndMakesNoStatement() {
    List<Assertion> all = extract("A car bomb killed 26 people in Douma on Monday, the Observatory said. "
        + "No group claimed the attack, but residents blamed Daesh.");
    assertThat(all).extracting(Assertion::eventType).containsExactly("bombing");
    assertThat(all.get(0).perpetrator().actorId()).isEqualTo("isis");
  }

  @Test
  void anAccusationToldAsNewsStays() {
    List<Assertion> all = extract("A car bomb killed 26 people in Douma on Monday, the Observatory said. "
        + "On Tuesday the Foreign Ministry accused Daesh of the bombing.");
    assertThat(all).extracting(Assertion::eventType).containsExactly("bombing", "statement.accusation");
  }
}
