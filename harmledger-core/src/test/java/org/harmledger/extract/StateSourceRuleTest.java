package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmledger.model.Assertion;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class StateSourceRuleTest {
  private static final ReportMetadata META = new ReportMetadata(null, "Example News", null, LocalDate.of(2019, 1, 20),
      PublishedFrom.METADATA, "en", ReportKind.NEWS);

  private static Assertion first(String text) {
    return Fixtures.PIPELINE.extract(text, META).assertions().get(0);
  }

  @Test
  void anOfficialSourceSpeaksForTheGovernmentOfTheEventsCountry() {
    Assertion a = first("Shelling killed two people in Douma on Friday, a police source told the agency.");
    assertThat(a.claimant().actorId()).isEqualTo("syrian_government");
    assertThat(a.claimant().name()).isEqualTo("Government of Syria");
    assertThat(a.claimant().text()).isEqualTo("a police source");
  }

  @Test
  void otherUnnamedSourcesStayUnnamed() {
    assertThat(first("Shelling killed two people in Douma on Friday, activists said.").claimant().actorId()).isNull();
  }

  @Test
  void withoutAPlaceTheSourceStaysUnnamed() {
    assertThat(first("Shelling killed two people on Friday, police said.").claimant().actorId()).isNull();
  }

  @Test
  void stateMediaSpeakForTheGovernment() {
    assertThat(first("Shelling killed two people in Douma on Friday, state media said.").claimant().actorId())
        .isEqualTo("syrian_government");
  }
}
