package org.harmledger.store.query;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.Report;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.db.StoredWorkingCopy;

/**
 * ReportDetails are everything the ledger holds about one report: its row, its working copy as
 * stored (with recorded hashes), its custody entries in order, and how many assertions it has.
 */
public record ReportDetails(Report report, StoredWorkingCopy workingCopy, List<CustodyEntry> custody, int assertions) {
  public ReportDetails {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(workingCopy, "workingCopy");
    custody = List.copyOf(custody);
  }
}
