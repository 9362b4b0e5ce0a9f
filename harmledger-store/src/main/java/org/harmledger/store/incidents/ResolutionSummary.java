package org.harmledger.store.incidents;

import java.util.List;

/**
 * A ResolutionSummary is what the ledger holds after a resolution run: how many assertions it
 * resolved into how many incidents, how many statements answer no incident, how many curation
 * decisions it replayed, and why any could not be applied.
 */
public record ResolutionSummary(int assertions, int incidents, int unattached, int decisions, List<String> notApplied) {
  public ResolutionSummary {
    notApplied = List.copyOf(notApplied);
  }

  /**
   * The summary in one line, e.g. {@code resolved 41 assertions into 12 incidents and 3 unattached
   * statements (2 curation decisions)}; the statements are left out when there are none.
   */
  public String line() {
    return "resolved " + assertions + " assertions into " + incidents + " incidents"
        + (unattached == 0 ? "" : " and " + unattached + " unattached statements") + " (" + decisions
        + " curation decisions" + (notApplied.isEmpty() ? "" : ", " + notApplied.size() + " not applied") + ")";
  }
}
