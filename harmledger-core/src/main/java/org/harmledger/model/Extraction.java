package org.harmledger.model;

import java.util.List;
import java.util.Objects;

/**
 * An Extraction is what the extraction pipeline read from one report's working text: the
 * metadata as completed from the text (e.g. a publication date found in the dateline), the
 * assertions, and the hash of the rule set (gazetteer, dictionaries, taxonomy) that produced them,
 * so a stored result can say which rules made it.
 */
public record Extraction(ReportMetadata metadata, List<Assertion> assertions, String ruleSetHash) {
  public Extraction {
    Objects.requireNonNull(metadata, "metadata");
    assertions = List.copyOf(assertions);
    Objects.requireNonNull(ruleSetHash, "ruleSetHash");
  }
}
