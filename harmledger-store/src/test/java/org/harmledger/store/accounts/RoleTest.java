package org.harmledger.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {
  @Test
  void higherRoles_includeLowerOnes() {
    assertThat(Role.ADMIN.allows(Role.REVIEWER)).isTrue();
    assertThat(Role.REVIEWER.allows(Role.REVIEWER)).isTrue();
    assertThat(Role.RECORDER.allows(Role.REVIEWER)).isFalse();
  }

  @Test
  void fromCode_parsesOrNamesTheRoles() {
    assertThat(Role.fromCode(" Reviewer ")).isEqualTo(Role.REVIEWER);
    assertThatThrownBy(() -> Role.fromCode("boss"))
        .hasMessage("unknown role 'boss'; roles are reader, recorder, reviewer, admin");
  }
}
