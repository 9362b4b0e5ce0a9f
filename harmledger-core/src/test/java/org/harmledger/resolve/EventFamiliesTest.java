package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventFamiliesTest {
  private final EventFamilies families = EventFamilies.loadDefault();

  @Test
  void aerialTypesShareAFamilyAndShellingDoesNot() {
    assertThat(families.familyOf("airstrike")).isEqualTo(families.familyOf("drone_strike"))
        .isEqualTo(families.familyOf("aerial_unknown"));
    assertThat(families.familyOf("shelling")).isNotEqualTo(families.familyOf("airstrike"));
  }

  @Test
  void statementsWildcardsAndUnlistedTypesHaveTheirOwnFamilies() {
    assertThat(families.familyOf("statement.denial")).isEqualTo(EventFamilies.STATEMENT);
    assertThat(families.familyOf("unknown")).isEqualTo(EventFamilies.WILDCARD);
    assertThat(families.familyOf("looting")).isEqualTo("type:looting");
  }

  @Test
  void knowsWhichStatementsAreResponses() {
    assertThat(families.responseOf("statement.acknowledgement")).isEqualTo(BelligerentResponse.ACKNOWLEDGED);
    assertThat(families.responseOf("statement.denial")).isEqualTo(BelligerentResponse.DENIED);
    assertThat(families.responseOf("statement.condemnation")).isNull();
  }
}
