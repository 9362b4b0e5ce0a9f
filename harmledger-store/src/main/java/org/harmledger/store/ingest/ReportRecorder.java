package org.harmledger.store.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.FingerprintRepository;
import org.harmledger.store.db.ReceiptRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.duplicate.MinHasher;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.evidence.StoredOriginal;
import org.harmledger.store.evidence.WorkingCopy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * A ReportRecorder records one document in the ledger inside the caller's transaction: the
 * original in the evidence store, then the report row, working copy, fingerprint, receipt,
 * extraction and custody entries. Everything but the original commits or rolls back together;
 * the original is content-addressed, so writing it again on a re-run is a no-op. A report whose
 * row exists without an extraction (extraction failed earlier) is extracted when it comes again.
 */
final class ReportRecorder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final EvidenceStore evidence;
  private final CustodyLog custody;
  private final Extractor extractor;
  private final MinHasher minHasher;
  private final String actor;

  ReportRecorder(EvidenceStore evidence, CustodyLog custody, Extractor extractor, MinHasher minHasher, String actor) {
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.minHasher = Objects.requireNonNull(minHasher, "minHasher");
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  IngestOutcome record(Handle handle, IngestDocument document) {
    StoredOriginal original = evidence.put(document.original());
    Sha256 id = original.sha256();
    ReportRepository reports = new ReportRepository(handle);
    Optional<Report> existing = reports.find(id);
    if (existing.isPresent()) {
      return recordDuplicate(handle, document, existing.get());
    }
    Optional<MinHashSignature> signature = minHasher.sign(document.text());
    Sha256 republicationOf = signature.map(s -> earliestNearDuplicate(handle, s)).orElse(null);
    Instant now = custody.now();
    reports.insert(new Report(id, document.source(), document.mediaType(), original.byteSize(),
        document.metadata(), now, republicationOf));
    new WorkingCopyRepository(handle).insert(id, new WorkingCopy(document.text(), document.metadata()));
    signature.ifPresent(s -> new FingerprintRepository(handle).insert(id, s));
    ObjectNode details = receivedDetails(document, original);
    if (republicationOf != null) {
      details.put("republication_of", republicationOf.hex());
    }
    receive(handle, document.source(), id, now, details);
    Optional<String> failure = extract(handle, id, document.text(), document);
    if (failure.isPresent()) {
      return IngestOutcome.failed(document.source(), id, failure.get());
    }
    return IngestOutcome.of(document.source(),
        republicationOf == null ? IngestOutcome.Kind.STORED : IngestOutcome.Kind.REPUBLICATION, id);
  }

  private IngestOutcome recordDuplicate(Handle handle, IngestDocument document, Report report) {
    ObjectNode details = receivedDetails(document, new StoredOriginal(report.id(), report.byteSize(), false));
    details.put("duplicate", true);
    receive(handle, document.source(), report.id(), custody.now(), details);
    if (!new ExtractionRepository(handle).hasRun(report.id())) {
      WorkingCopy copy = new WorkingCopyRepository(handle).find(report.id())
          .orElseThrow(() -> new IllegalStateException("report " + report.id() + " has no working copy"))
          .verify();
      Optional<String> failure = extract(handle, report.id(), copy.text(), document);
      if (failure.isPresent()) {
        return IngestOutcome.failed(document.source(), report.id(), failure.get());
      }
    }
    return IngestOutcome.of(document.source(), IngestOutcome.Kind.DUPLICATE, report.id());
  }

  private void receive(Handle handle, String source, Sha256 id, Instant now, ObjectNode details) {
    CustodyEntry entry = custody.append(handle, actor, CustodyAction.RECEIVED, id.hex(), details);
    new ReceiptRepository(handle).insert(entry.seq(), id, source, now);
  }

  /**
   * Extracts and saves the assertions; an extractor failure leaves the stored evidence in place
   * and comes back as the reason, so the next ingest of the same bytes tries again.
   */
  private Optional<String> extract(Handle handle, Sha256 id, String text, IngestDocument document) {
    Extraction extraction;
    try {
      extraction = extractor.extract(text, document.metadata());
    } catch (RuntimeException e) {
      return Optional.of("stored as " + id.hex().substring(0, 12) + " but extraction failed: " + describe(e));
    }
    new ExtractionRepository(handle).insert(id, extraction, custody.now());
    new ReportRepository(handle).updateMetadata(id, extraction.metadata());
    ObjectNode details = JSON.objectNode();
    details.put("rule_set_hash", extraction.ruleSetHash());
    details.put("assertions", extraction.assertions().size());
    custody.append(handle, actor, CustodyAction.EXTRACTED, id.hex(), details);
    return Optional.empty();
  }

  /** The earliest report this text republishes (following links to the first one), or null. */
  private Sha256 earliestNearDuplicate(Handle handle, MinHashSignature signature) {
    for (FingerprintRepository.Candidate c : new FingerprintRepository(handle).candidates(signature)) {
      if (signature.similarity(c.signature()) >= MinHasher.THRESHOLD) {
        return c.republicationOf() == null ? c.report() : c.republicationOf();
      }
    }
    return null;
  }

  private static ObjectNode receivedDetails(IngestDocument document, StoredOriginal original) {
    ObjectNode details = JSON.objectNode();
    details.put("source", document.source());
    details.put("media_type", document.mediaType());
    details.put("byte_size", original.byteSize());
    return details;
  }

  /** A one-line reason; a database error is described by its driver's message, not the statement. */
  static String describe(RuntimeException e) {
    Throwable reason = e;
    if (e instanceof JdbiException) {
      while (reason.getCause() != null) {
        reason = reason.getCause();
      }
    }
    String message = reason.getMessage();
    return message == null || message.isBlank() ? reason.getClass().getSimpleName() : message;
  }
}
