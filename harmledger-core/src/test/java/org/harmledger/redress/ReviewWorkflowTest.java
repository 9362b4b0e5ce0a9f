package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harmledger.redress.RedressFixtures.at;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class ReviewWorkflowTest {
  private final ReviewWorkflow workflow = new ReviewWorkflow();

  private static Claim submitted() {
    return RedressFixtures.claim("c-1", "k-1", "inc-1", "death", 0, "v-1");
  }

  private Claim approved() {
    Claim c = workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER, at(1),
        "start", List.of());
    return workflow.advance(c, ClaimStatus.APPROVED, "rita", ReviewerRole.REVIEWER, at(2), "documents in order",
        List.of());
  }

  @Test
  void aClaimGoesThroughReviewToPayment() {
    Claim c = workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER, at(1), "start",
        List.of());
    c = workflow.advance(c, ClaimStatus.MORE_INFORMATION_REQUESTED, "rita", ReviewerRole.REVIEWER, at(2),
        "death certificate missing", List.of());
    c = workflow.advance(c, ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER, at(3), "certificate received",
        List.of());
    c = workflow.advance(c, ClaimStatus.APPROVED, "sam", ReviewerRole.SUPERVISOR, at(4), "all in order", List.of());
    c = workflow.advance(c, ClaimStatus.PAID, "pat", ReviewerRole.PAYMENT_OFFICER, at(5), "transfer 881", List.of());
    assertThat(c.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(c.history()).extracting(ReviewStep::to).containsExactly(ClaimStatus.SUBMITTED,
        ClaimStatus.UNDER_REVIEW, ClaimStatus.MORE_INFORMATION_REQUESTED, ClaimStatus.UNDER_REVIEW,
        ClaimStatus.APPROVED, ClaimStatus.PAID);
    assertThat(c.history().get(4).describe()).contains("sam (supervisor): under_review -> approved: all in order");
    assertThat(workflow.next(ClaimStatus.PAID)).isEmpty();
  }

  @Test
  void illegalTransitionIsRefusedWithTheLegalOnes() {
    assertThatThrownBy(() -> workflow.advance(submitted(), ClaimStatus.APPROVED, "rita", ReviewerRole.REVIEWER,
        at(1), "quick", List.of()))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessage("claim c-1: submitted -> approved refused: a claim submitted can only go to [under_review, rejected]");
  }

  @Test
  void paymentNeedsAPaymentOfficerOtherThanTheApprover() {
    assertThatThrownBy(() -> workflow.advance(approved(), ClaimStatus.PAID, "rita", ReviewerRole.REVIEWER, at(3),
        "pay", List.of())).hasMessageContaining("needs a payment officer, not a reviewer");
    Claim approvedByPat = workflow.advance(workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "pat",
        ReviewerRole.REVIEWER, at(1), "start", List.of()), ClaimStatus.APPROVED, "pat", ReviewerRole.REVIEWER, at(2),
        "ok", List.of());
    assertThatThrownBy(() -> workflow.advance(approvedByPat, ClaimStatus.PAID, "pat", ReviewerRole.PAYMENT_OFFICER,
        at(3), "pay", List.of())).hasMessageContaining("pat approved the claim and may not also pay it");
  }

  @Test
  void paymentIsBlockedByAnOpenFlagOnTheClaimUntilCleared() {
    Flag flag = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "two claims", List.of("c-1", "c-2"), List.of());
    Flag other = Flag.raise(FlagKind.INCIDENT_BELOW_GRADE, "weak", List.of("c-9"), List.of());
    assertThatThrownBy(() -> workflow.advance(approved(), ClaimStatus.PAID, "pat", ReviewerRole.PAYMENT_OFFICER,
        at(3), "pay", List.of(flag, other))).hasMessageContaining("open flags must be cleared first: " + flag.id());
    Flag cleared = flag.cleared(new FlagClearance(flag.id(), "sam", at(3), "different houses"));
    assertThat(workflow.advance(approved(), ClaimStatus.PAID, "pat", ReviewerRole.PAYMENT_OFFICER, at(4), "pay",
        List.of(cleared, other)).status()).isEqualTo(ClaimStatus.PAID);
  }

  @Test
  void approvalNeedsAReviewerAndReopeningARejectionASupervisor() {
    Claim review = workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "reg", ReviewerRole.REGISTRAR, at(1),
        "start", List.of());
    assertThatThrownBy(() -> workflow.advance(review, ClaimStatus.APPROVED, "reg", ReviewerRole.REGISTRAR, at(2),
        "ok", List.of())).hasMessageContaining("needs a reviewer or supervisor, not a registrar");
    Claim rejected = workflow.advance(review, ClaimStatus.REJECTED, "rita", ReviewerRole.REVIEWER, at(2),
        "outside mandate", List.of());
    assertThatThrownBy(() -> workflow.advance(rejected, ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER,
        at(3), "appeal", List.of())).hasMessageContaining("needs a supervisor");
    assertThat(workflow.advance(rejected, ClaimStatus.UNDER_REVIEW, "sam", ReviewerRole.SUPERVISOR, at(3), "appeal",
        List.of()).status()).isEqualTo(ClaimStatus.UNDER_REVIEW);
  }

  @Test
  void stepsNeedAReasonAndMayNotGoBackInTime() {
    assertThatThrownBy(() -> workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER,
        at(1), " ", List.of())).isInstanceOf(ReviewTransitionException.class).hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> workflow.advance(submitted(), ClaimStatus.UNDER_REVIEW, "rita", ReviewerRole.REVIEWER,
        at(-1), "start", List.of())).hasMessageContaining("is before the last step");
  }

  /** One attempted step of a random review: target status, role, person, and whether it clears the flag first. */
  record Attempt(ClaimStatus to, ReviewerRole role, String person, boolean clearFlag) {}

  @Property(tries = 500)
  void noSequenceReachesPaidWithoutApprovalAndClearedFlags(@ForAll("attempts") List<Attempt> attempts,
      @ForAll boolean flagged) {
    Claim claim = submitted();
    Flag flag = Flag.raise(FlagKind.VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS, "two claimants", List.of("c-1"), List.of());
    List<Flag> flags = new ArrayList<>(flagged ? List.of(flag) : List.of());
    int minute = 1;
    boolean paid = false;
    for (Attempt a : attempts) {
      if (a.clearFlag() && !flags.isEmpty()) {
        flags.set(0, flag.cleared(new FlagClearance(flag.id(), "sam", at(minute), "checked")));
      }
      try {
        ClaimStatus before = claim.status();
        claim = workflow.advance(claim, a.to(), a.person(), a.role(), at(minute++), "step", flags);
        if (claim.status() == ClaimStatus.PAID) {
          paid = true;
          assertThat(before).isEqualTo(ClaimStatus.APPROVED);
          assertThat(flags).noneMatch(Flag::isOpen);
          assertThat(claim.lastStepTo(ClaimStatus.APPROVED).orElseThrow().reviewer()).isNotEqualTo(a.person());
        }
      } catch (ReviewTransitionException refused) {
        assertThat(refused.getMessage()).startsWith("claim c-1: ");
      }
    }
    Statistics.label("reached paid").collect(paid);
    Statistics.label("reached paid").coverage(c -> c.check(true).percentage(p -> p > 1));
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    // Weighted towards the path to payment, so that many sequences reach it and the property bites.
    Arbitrary<ClaimStatus> to = Arbitraries.frequency(Tuple.of(4, ClaimStatus.UNDER_REVIEW),
        Tuple.of(4, ClaimStatus.APPROVED), Tuple.of(4, ClaimStatus.PAID), Tuple.of(1, ClaimStatus.SUBMITTED),
        Tuple.of(1, ClaimStatus.MORE_INFORMATION_REQUESTED), Tuple.of(1, ClaimStatus.REJECTED));
    Arbitrary<ReviewerRole> role = Arbitraries.frequency(Tuple.of(3, ReviewerRole.REVIEWER),
        Tuple.of(3, ReviewerRole.PAYMENT_OFFICER), Tuple.of(1, ReviewerRole.SUPERVISOR),
        Tuple.of(1, ReviewerRole.REGISTRAR));
    return Combinators.combine(to, role,
        Arbitraries.of("rita", "pat", "sam"), Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)))
        .as(Attempt::new).list().ofMaxSize(20);
  }
}
