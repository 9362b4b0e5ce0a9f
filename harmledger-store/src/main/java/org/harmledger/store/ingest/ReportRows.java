package org.harmledger.store.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.model.Extraction;
import org.harmledger.model.Sha256;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.FingerprintRepository;
import org.harmledger.store.db.ReceiptRepository;
import org.harmledger.store.db.ReceiptRepository.Receipt;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.ReportRepository.Numbered;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.evidence.WorkingCopy;
import org.jdbi.v3.core.Handle;

/**
 * ReportRows are the rows one ingest transaction adds, gathered in memory and then written with
 * one batched statement per table, parents before the rows that refer to them. On PostgreSQL this
 * turns about ten round trips per report into about ten per batch.
 */
final class ReportRows {
  private final List<Numbered> reports = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private final Map<Sha256, WorkingCopy> workingCopies = new LinkedHashMap<>();
  private final Map<Sha256, MinHashSignature> signatures = new LinkedHashMap<>();
  private final Map<Sha256, Extraction> extractions = new LinkedHashMap<>();

  void report(Numbered report) {
    reports.add(report);
  }

  void receipt(Receipt receipt) {
    receipts.add(receipt);
  }

  void workingCopy(Sha256 report, WorkingCopy copy) {
    workingCopies.put(report, copy);
  }

  void signature(Sha256 report, MinHashSignature signature) {
    signatures.put(report, signature);
  }

  void extraction(Sha256 report, Extraction extraction) {
    extractions.put(report, extraction);
  }

  /** Writes every gathered row within the transaction of {@code handle}; extraction runs are dated {@code now}. */
  void write(Handle handle, Instant now) {
    new ReportRepository(handle).insertAll(reports);
    new ReceiptRepository(handle).insertAll(receipts);
    new WorkingCopyRepository(handle).insertAll(workingCopies);
    new FingerprintRepository(handle).insertAll(signatures);
    new ExtractionRepository(handle).insertAll(extractions, now);
  }
}
