package org.harmledger.resolve;

import java.util.Locale;
import java.util.Objects;

/**
 * A Membership is one assertion's place in an incident: the assertion id, its match score with
 * the incident's founding assertion, and how it got there. The full field-by-field explanation
 * is recomputed on demand by {@link IncidentResolver#explain}.
 */
public record Membership(String assertionId, double score, How how) {
  /**
   * How an assertion came to be in an incident: it founded it, matched its founder, came with
   * the assertion its own report tells the same event by (rule {@code report.same-event}), was
   * placed by a person, or, telling of an event without saying where, found this the only
   * incident it could be about (rule {@code incident.sole-candidate}).
   */
  public enum How {
    FOUNDED, MATCHED, ATTACHED, CURATED, SOLE_CANDIDATE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Membership {
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(how, "how");
  }
}
