package org.harmledger.resolve;

import java.util.Objects;
import org.harmledger.model.Assertion;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;

/**
 * A SourcedAssertion is an Assertion together with the report it came from: the report's id and
 * metadata, and the report it republishes (null when original). {@code assertionId} is
 * {@code reportId + ":" + index}, so it is stable across re-extraction of the same bytes.
 */
public record SourcedAssertion(
    String assertionId, Sha256 reportId, ReportMetadata report, Sha256 republicationOf, Assertion assertion) {

  public SourcedAssertion {
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(assertion, "assertion");
  }

  /** The assertion at {@code index} of a report, with its id built the standard way. */
  public static SourcedAssertion of(Sha256 reportId, int index, ReportMetadata report, Sha256 republicationOf,
      Assertion assertion) {
    return new SourcedAssertion(reportId.hex() + ":" + index, reportId, report, republicationOf, assertion);
  }
}
