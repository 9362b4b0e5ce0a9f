package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  @Test
  void submissionStartsTheHistoryAndSetsTheStatus() {
    Claim c = RedressFixtures.claim("c-1", "k-1", "inc-1", "death", 5, "v-1");
    assertThat(c.status()).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(c.submittedAt()).isEqualTo(RedressFixtures.at(5));
    assertThat(c.history().get(0).role()).isEqualTo(ReviewerRole.REGISTRAR);
    assertThat(c.lastStepTo(ClaimStatus.APPROVED)).isEmpty();
  }

  @Test
  void historyMustStartWithTheSubmission() {
    ReviewStep review = new ReviewStep(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, "r", ReviewerRole.REVIEWER,
        RedressFixtures.T0, "x");
    assertThatThrownBy(() -> new Claim("c-1", "k-1", List.of(), "inc-1", "death", List.of(), List.of(review)))
        .hasMessage("claim c-1: history must start with its submission");
  }

  @Test
  void aVictimNamedTwiceInOneClaimIsRefused() {
    assertThatThrownBy(() -> RedressFixtures.claim("c-1", "k-1", "inc-1", "death", 0, "v-1", "v-1"))
        .hasMessage("claim c-1: a victim is named twice in [v-1, v-1]");
  }

  @Test
  void openStatuses() {
    assertThat(ClaimStatus.APPROVED.isOpen()).isTrue();
    assertThat(ClaimStatus.PAID.isOpen()).isFalse();
    assertThat(ClaimStatus.REJECTED.isOpen()).isFalse();
    assertThat(ClaimStatus.fromCode("more_information_requested")).isEqualTo(ClaimStatus.MORE_INFORMATION_REQUESTED);
    assertThatThrownBy(() -> ClaimStatus.fromCode("done")).hasMessageStartingWith("unknown status 'done' (expected one of submitted");
  }
}
