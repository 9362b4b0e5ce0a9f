package org.harmledger.resolve;

import java.util.Objects;

/**
 * A FieldAgreement is how one field (date, place, event_type, perpetrator) of an assertion
 * compares with an incident: whether it is compatible, a score in [0, 1], and the rule that
 * decided, in words.
 */
public record FieldAgreement(String field, boolean compatible, double score, String rule) {
  public FieldAgreement {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be in [0, 1] but was " + score);
    }
  }
}
