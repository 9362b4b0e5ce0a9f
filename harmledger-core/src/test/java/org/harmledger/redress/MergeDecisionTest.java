package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MergeDecisionTest {
  @Test
  void pairKeyIgnoresOrder() {
    MergeDecision a = new MergeDecision("v-2", "v-1", MergeVerdict.SAME_PERSON, "ana", RedressFixtures.T0, "ID card");
    MergeDecision b = new MergeDecision("v-1", "v-2", MergeVerdict.SAME_PERSON, "ana", RedressFixtures.T0, "ID card");
    assertThat(a.pairKey()).isEqualTo(b.pairKey());
  }

  @Test
  void aDecisionNeedsTwoVictimsAnActorATimeAndAReason() {
    assertThatThrownBy(() -> new MergeDecision("v-1", "v-1", MergeVerdict.SAME_PERSON, "ana", RedressFixtures.T0, "x"))
        .hasMessage("a merge decision needs two different victims but both were v-1");
    assertThatThrownBy(() -> new MergeDecision("v-1", "v-2", MergeVerdict.SAME_PERSON, "ana", null, "x"))
        .hasMessage("a merge decision needs the time it was made");
    assertThatThrownBy(() -> new MergeDecision("v-1", "v-2", MergeVerdict.SAME_PERSON, " ", RedressFixtures.T0, "x"))
        .hasMessage("a merge decision needs the person who made it");
  }
}
