package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

class VictimTest {
  @Test
  void publicViewKeepsEverythingButTheNames() {
    Victim v = RedressFixtures.victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1");
    PublicVictim p = v.publicView();
    assertThat(p.id()).isEqualTo("v-1");
    assertThat(p.incidentId()).isEqualTo("inc-1");
    assertThat(p.outcome()).isEqualTo(VictimOutcome.KILLED);
    assertThat(p.toString()).doesNotContain("Ahmad").doesNotContain("Jaber");
  }

  @Test
  void publicViewsHoldNoPersonalDataByType() {
    for (Class<?> view : List.of(PublicVictim.class, PublicClaimant.class, Relationship.class)) {
      for (RecordComponent c : view.getRecordComponents()) {
        assertThat(PersonalData.class.isAssignableFrom(c.getType())).as(view.getSimpleName() + "." + c.getName())
            .isFalse();
      }
    }
    assertThat(PersonalData.class.isAssignableFrom(PersonNames.class)).isTrue();
    assertThat(PersonalData.class.isAssignableFrom(Contact.class)).isTrue();
  }

  @Test
  void blankIdIsRefused() {
    assertThatThrownBy(() -> RedressFixtures.victim(" ", "a", "b", "c", null))
        .hasMessage("a victim id must not be blank");
  }
}
