package org.harmledger.redress;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ReviewWorkflow is the state machine of a claim's review. A claim goes from submitted to
 * under review; from there to more information requested (and back), approved or rejected; an
 * approved claim is paid or reopened for review; a rejected claim can be reopened on appeal by a
 * supervisor; a paid claim is closed. Approval and rejection need a reviewer or supervisor;
 * payment needs a payment officer who is not the person who approved the claim, and no open flag
 * on the claim. Steps may not go back in time. Every refusal is a
 * {@link ReviewTransitionException} naming the claim, the step and the reason. Stateless and
 * thread-safe.
 */
public final class ReviewWorkflow {
  private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = new EnumMap<>(ClaimStatus.class);

  static {
    NEXT.put(ClaimStatus.SUBMITTED, EnumSet.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED));
    NEXT.put(ClaimStatus.UNDER_REVIEW,
        EnumSet.of(ClaimStatus.MORE_INFORMATION_REQUESTED, ClaimStatus.APPROVED, ClaimStatus.REJECTED));
    NEXT.put(ClaimStatus.MORE_INFORMATION_REQUESTED, EnumSet.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED));
    NEXT.put(ClaimStatus.APPROVED, EnumSet.of(ClaimStatus.PAID, ClaimStatus.UNDER_REVIEW));
    NEXT.put(ClaimStatus.REJECTED, EnumSet.of(ClaimStatus.UNDER_REVIEW));
    NEXT.put(ClaimStatus.PAID, EnumSet.noneOf(ClaimStatus.class));
  }

  /** The statuses a claim in {@code status} may move to. */
  public Set<ClaimStatus> next(ClaimStatus status) {
    return Set.copyOf(NEXT.get(status));
  }

  /**
   * Moves {@code claim} to {@code to}, returning the claim with the step appended. {@code flags}
   * are the current flags (any claims); only those involving this claim matter.
   */
  public Claim advance(Claim claim, ClaimStatus to, String reviewer, ReviewerRole role, Instant at, String reason,
      Collection<Flag> flags) {
    ClaimStatus from = claim.status();
    String step = "claim " + claim.id() + ": " + from.code() + " -> " + to.code() + " refused: ";
    if (!NEXT.get(from).contains(to)) {
      throw new ReviewTransitionException(step + "a claim " + from.code() + " can only go to "
          + NEXT.get(from).stream().map(ClaimStatus::code).collect(Collectors.joining(", ", "[", "]")));
    }
    ReviewStep last = claim.history().get(claim.history().size() - 1);
    if (at != null && at.isBefore(last.at())) {
      throw new ReviewTransitionException(step + "time " + at + " is before the last step at " + last.at());
    }
    if ((to == ClaimStatus.APPROVED || to == ClaimStatus.REJECTED)
        && role != ReviewerRole.REVIEWER && role != ReviewerRole.SUPERVISOR) {
      throw new ReviewTransitionException(step + "needs a reviewer or supervisor, not a " + code(role));
    }
    if (from == ClaimStatus.REJECTED && role != ReviewerRole.SUPERVISOR) {
      throw new ReviewTransitionException(step + "reopening a rejected claim needs a supervisor, not a " + code(role));
    }
    if (to == ClaimStatus.PAID) {
      checkPayment(claim, reviewer, role, flags, step);
    }
    try {
      return claim.with(new ReviewStep(from, to, reviewer, role, at, reason));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ReviewTransitionException(step + e.getMessage(), e);
    }
  }

  private static void checkPayment(Claim claim, String payer, ReviewerRole role, Collection<Flag> flags, String step) {
    if (role != ReviewerRole.PAYMENT_OFFICER) {
      throw new ReviewTransitionException(step + "needs a payment officer, not a " + code(role));
    }
    ReviewStep approval = claim.lastStepTo(ClaimStatus.APPROVED)
        .orElseThrow(() -> new ReviewTransitionException(step + "the claim was never approved"));
    if (approval.reviewer().equals(payer)) {
      throw new ReviewTransitionException(step + payer + " approved the claim and may not also pay it");
    }
    String open = flags.stream().filter(f -> f.isOpen() && f.involvesClaim(claim.id())).map(Flag::id)
        .collect(Collectors.joining(", "));
    if (!open.isEmpty()) {
      throw new ReviewTransitionException(step + "open flags must be cleared first: " + open);
    }
  }

  private static String code(ReviewerRole role) {
    return role == null ? "person without a role" : role.code();
  }
}
