package org.harmledger.store.incidents;

import java.util.List;

/**
 * A ResolutionSummary is what one resolution run stored: how many assertions it resolved into
 * how many incidents, how many curation decisions it replayed, and why any could not be applied.
 */
public record ResolutionSummary(int assertions, int incidents, int decisions, List<String> notApplied) {
  public ResolutionSummary {
    notApplied = List.copyOf(notApplied);
  }

  /** The summary in one line, e.g. {@code resolved 41 assertions into 12 incidents (2 curation decisions)}. */
  public String line() {
    return "resolved " + assertions + " assertions into " + incidents + " incidents (" + decisions
        + " curation decisions" + (notApplied.isEmpty() ? "" : ", " + notApplied.size() + " not applied") + ")";
  }
}
