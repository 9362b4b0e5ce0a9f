package org.harmledger.store.exchange;

import java.time.LocalDate;
import java.util.Objects;
import org.harmledger.model.Assertion;

/** A ReferenceRow is what one row of a reference dataset says: its id in the dataset, when it was published, and its assertion. */
public record ReferenceRow(String id, LocalDate published, Assertion assertion) {
  public ReferenceRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(assertion, "assertion");
  }
}
