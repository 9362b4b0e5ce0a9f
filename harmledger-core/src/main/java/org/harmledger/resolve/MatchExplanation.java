package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A MatchExplanation says why an assertion joined an incident, or why it could not: the score
 * (the mean of the field scores, the perpetrator at half weight), whether every field was
 * compatible, and each field's agreement. {@code incidentId} is null while comparing with an incident that has no id yet.
 */
public record MatchExplanation(
    String assertionId, String incidentId, boolean matched, double score, List<FieldAgreement> fields) {

  public MatchExplanation {
    Objects.requireNonNull(assertionId, "assertionId");
    fields = List.copyOf(fields);
  }

  /** The explanation recorded for the assertion that founded an incident. */
  public static MatchExplanation founded(String assertionId, String incidentId) {
    return new MatchExplanation(assertionId, incidentId, true, 1.0,
        List.of(new FieldAgreement("incident", true, 1.0, "founded the incident: no earlier incident was compatible")));
  }

  /** The explanation recorded for an assertion that came with its report's event (rule report.same-event). */
  public static MatchExplanation attached(String assertionId, String incidentId) {
    return new MatchExplanation(assertionId, incidentId, true, 1.0, List.of(new FieldAgreement("report", true, 1.0,
        "report.same-event: its report tells of this event, and nothing it says disagrees")));
  }

  /** The explanation recorded for an unplaced account that found its only candidate (rule incident.sole-candidate). */
  public static MatchExplanation soleCandidate(String assertionId, String incidentId, double score) {
    return new MatchExplanation(assertionId, incidentId, true, score,
        List.of(new FieldAgreement("place", true, 0, SoleCandidateRule.explanation())));
  }

  public MatchExplanation withIncident(String id) {
    return new MatchExplanation(assertionId, id, matched, score, fields);
  }

  /** The fields that were not compatible. */
  public List<FieldAgreement> disagreements() {
    return fields.stream().filter(f -> !f.compatible()).toList();
  }
}
