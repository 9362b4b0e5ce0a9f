package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeGroupsTest {
  private final AgeGroups groups = AgeGroups.loadDefault();

  @Test
  void readsYearsRangesOpenRangesAndGroups() {
    assertThat(groups.parse("34")).isEqualTo(Age.years(34));
    assertThat(groups.parse("30 - 39")).isEqualTo(new Age(30, 39, null));
    assertThat(groups.parse("60+")).isEqualTo(new Age(60, null, null));
    assertThat(groups.parse("Child")).isEqualTo(new Age(0, 17, "child"));
    assertThat(groups.parse(" ")).isEqualTo(Age.unknown());
  }

  @Test
  void unreadableAge_exceptionNamesTheText() {
    assertThatThrownBy(() -> groups.parse("about forty")).hasMessageContaining("'about forty'");
    assertThatThrownBy(() -> groups.parse("40-30")).hasMessageContaining("ends before it starts");
  }
}
