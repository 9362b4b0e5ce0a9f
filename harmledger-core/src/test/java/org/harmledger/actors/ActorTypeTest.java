package org.harmledger.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTypeTest {
  @Test
  void codesRoundTrip() {
    for (ActorType type : ActorType.values()) {
      assertThat(ActorType.fromCode(type.code())).hasValue(type);
    }
    assertThat(ActorType.NON_STATE_ARMED_GROUP.code()).isEqualTo("non_state_armed_group");
    assertThat(ActorType.fromCode("army")).isEmpty();
  }
}
