package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentIdsTest {
  @Test
  void idsAreDeterministicAndDistinct() {
    assertThat(IncidentIds.of("abc:0")).isEqualTo(IncidentIds.of("abc:0")).matches("inc-[0-9a-f]{16}");
    assertThat(IncidentIds.of("abc:0")).isNotEqualTo(IncidentIds.of("abc:1"));
    assertThat(IncidentIds.ofSplit("abc:0")).isNotEqualTo(IncidentIds.of("abc:0"));
  }
}
