package org.harmledger.redress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Claim is a claimant's request for redress for a loss caused by an incident: the victims it
 * concerns (none for a loss of property or livelihood), the loss category (a code of the award
 * schedule), the reports that support it, and its review history, oldest first. The history starts
 * with the submission; the status is where the last step led. New steps come from
 * {@link ReviewWorkflow}, never by editing.
 */
public record Claim(
    String id,
    String claimantId,
    List<String> victimIds,
    String incidentId,
    String lossCategory,
    List<String> documents,
    List<ReviewStep> history) {

  public Claim {
    Checks.nonBlank(id, "a claim id");
    Checks.nonBlank(claimantId, "a claimant id");
    victimIds = List.copyOf(victimIds);
    if (victimIds.size() > 1 && victimIds.stream().distinct().count() != victimIds.size()) {
      throw new IllegalArgumentException("claim " + id + ": a victim is named twice in " + victimIds);
    }
    incidentId = incidentId == null || incidentId.isBlank() ? null : incidentId;
    Checks.nonBlank(lossCategory, "a loss category");
    documents = List.copyOf(documents);
    history = List.copyOf(history);
    if (history.isEmpty() || history.get(0).from() != null || history.get(0).to() != ClaimStatus.SUBMITTED) {
      throw new IllegalArgumentException("claim " + id + ": history must start with its submission");
    }
  }

  /** A new claim, submitted by {@code registrar} at {@code at}. */
  public static Claim submit(String id, String claimantId, List<String> victimIds, String incidentId,
      String lossCategory, List<String> documents, String registrar, Instant at) {
    return new Claim(id, claimantId, victimIds, incidentId, lossCategory, documents,
        List.of(new ReviewStep(null, ClaimStatus.SUBMITTED, registrar, ReviewerRole.REGISTRAR, at, "submitted")));
  }

  public ClaimStatus status() {
    return history.get(history.size() - 1).to();
  }

  public Instant submittedAt() {
    return history.get(0).at();
  }

  /** The last step that led to {@code status}, if any. */
  public Optional<ReviewStep> lastStepTo(ClaimStatus status) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).to() == status) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  Claim with(ReviewStep step) {
    Objects.requireNonNull(step, "step");
    List<ReviewStep> next = new ArrayList<>(history);
    next.add(step);
    return new Claim(id, claimantId, victimIds, incidentId, lossCategory, documents, next);
  }
}
