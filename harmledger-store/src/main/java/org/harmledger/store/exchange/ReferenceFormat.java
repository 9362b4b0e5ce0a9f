package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A ReferenceFormat is the column layout of a reference dataset (ACLED, UCDP GED): how one of
 * its rows reads as an assertion, and how one of our incidents writes as one of its rows.
 */
public sealed interface ReferenceFormat permits AcledFormat, UcdpFormat {
  /** The format's code on the command line: {@code acled} or {@code ucdp}. */
  String code();

  /** The publisher the rows' reports are credited to, as the publisher registry knows it. */
  String publisher();

  /** The columns a file must have to be read. */
  List<String> required();

  /**
   * Reads one row (column name to cell).
   *
   * @throws IllegalArgumentException with the reason, naming the column, when the row cannot be read
   */
  ReferenceRow read(Map<String, String> row);

  /** The columns written on export, in order; a superset of {@link #required}. */
  List<String> columns();

  /** One incident (its full JSON) as a row of {@link #columns}. */
  Map<String, String> write(JsonNode incident);
}
