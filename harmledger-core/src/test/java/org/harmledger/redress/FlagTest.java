package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagTest {
  @Test
  void idDependsOnKindClaimsAndVictimsNotTheirOrder() {
    Flag a = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "x", List.of("c-2", "c-1"), List.of("v-1"));
    Flag b = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "y", List.of("c-1", "c-2", "c-1"), List.of("v-1"));
    assertThat(a.id()).isEqualTo(b.id()).isEqualTo("overlapping_claims:c-1,c-2/v-1");
    assertThat(a.claimIds()).containsExactly("c-1", "c-2");
  }

  @Test
  void clearingClosesTheFlag() {
    Flag f = Flag.raise(FlagKind.INCIDENT_BELOW_GRADE, "weak", List.of("c-1"), List.of());
    assertThat(f.isOpen()).isTrue();
    Flag cleared = f.cleared(new FlagClearance(f.id(), "sam", RedressFixtures.T0, "grade under revision"));
    assertThat(cleared.isOpen()).isFalse();
    assertThat(cleared.involvesClaim("c-1")).isTrue();
  }

  @Test
  void clearanceMustBelongToTheFlagAndGiveAReason() {
    Flag f = Flag.raise(FlagKind.INCIDENT_BELOW_GRADE, "weak", List.of("c-1"), List.of());
    assertThatThrownBy(() -> f.cleared(new FlagClearance("other", "sam", RedressFixtures.T0, "x")))
        .hasMessageContaining("clearance of flag other given to flag");
    assertThatThrownBy(() -> new FlagClearance(f.id(), "sam", RedressFixtures.T0, ""))
        .hasMessage("a flag clearance needs a reason");
  }
}
