package org.harmledger.store.incidents;

import java.util.Objects;

/**
 * An UnattachedStatement is a statement (a condemnation, denial, demand...) that answers no
 * incident in the ledger yet: its assertion, its report with publisher, publication date (ISO,
 * null when unknown) and title, and its statement type. A later report of the event it speaks
 * about attaches it.
 */
public record UnattachedStatement(
    String assertionId, String reportId, String eventType, String publisher, String published, String title) {

  public UnattachedStatement {
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(eventType, "eventType");
  }
}
