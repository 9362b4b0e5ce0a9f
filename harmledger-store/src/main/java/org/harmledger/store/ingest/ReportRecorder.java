package org.harmledger.store.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyAppender;
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
import org.harmledger.store.evidence.WorkingCopy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * A ReportRecorder records documents in the ledger in two steps. {@link #prepare} does the work
 * that needs no database (store the original durably, sign the text, extract) and is safe to run
 * on several threads at once. {@link #record} then writes, inside the caller's transaction, the
 * report row, receipt, working copy, fingerprint, extraction and custody entries, which commit or
 * roll back together. The original is content-addressed, so storing it again on a re-run is a
 * no-op. A report whose row exists without an extraction (extraction failed earlier) is
 * extracted when its bytes come again.
 */
final class ReportRecorder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final EvidenceStore evidence;
  private final CustodyLog custody;
  private final Extractor extractor;
  private final MinHasher minHasher;
  private final String actor;

  ReportRecorder(EvidenceStore evidence, CustodyLog custody, Extractor extractor, String actor) {
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.minHasher = new MinHasher();
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  /** Stores the original (forced to disk), signs and extracts the text; thread-safe. */
  PreparedReport prepare(IngestDocument document) {
    var original = evidence.put(document.original());
    MinHashSignature signature = minHasher.sign(document.text()).orElse(null);
    try {
      return new PreparedReport(document, original, signature, extractor.extract(document.text(), document.metadata()),
          null);
    } catch (RuntimeException e) {
      return new PreparedReport(document, original, signature, null, extractionFailure(original.sha256(), e));
    }
  }

  /** Records a prepared report, appending custody entries through the transaction's {@code appender}. */
  IngestOutcome record(Handle handle, CustodyAppender appender, PreparedReport prepared) {
    IngestDocument document = prepared.document();
    Sha256 id = prepared.original().sha256();
    ReportRepository reports = new ReportRepository(handle);
    Optional<Report> existing = reports.find(id);
    if (existing.isPresent()) {
      return recordDuplicate(handle, appender, document, existing.get());
    }
    Sha256 republicationOf = prepared.signature() == null ? null : earliestNearDuplicate(handle, prepared.signature());
    ObjectNode details = receivedDetails(document, prepared.original().byteSize());
    if (republicationOf != null) {
      details.put("republication_of", republicationOf.hex());
    }
    CustodyEntry received = appender.append(actor, CustodyAction.RECEIVED, id.hex(), details);
    Instant now = received.time();
    ReportMetadata metadata = prepared.extraction() == null ? document.metadata() : prepared.extraction().metadata();
    reports.insert(new Report(id, document.source(), document.mediaType(), prepared.original().byteSize(), metadata,
        now, republicationOf), received.seq());
    new ReceiptRepository(handle).insert(received.seq(), id, document.source(), now);
    new WorkingCopyRepository(handle).insert(id, new WorkingCopy(document.text(), document.metadata()));
    if (prepared.signature() != null) {
      new FingerprintRepository(handle).insert(id, prepared.signature());
    }
    if (prepared.extraction() == null) {
      return IngestOutcome.failed(document.source(), id, prepared.extractionFailure());
    }
    save(handle, appender, id, prepared.extraction());
    return IngestOutcome.of(document.source(),
        republicationOf == null ? IngestOutcome.Kind.STORED : IngestOutcome.Kind.REPUBLICATION, id);
  }

  private IngestOutcome recordDuplicate(Handle handle, CustodyAppender appender, IngestDocument document, Report report) {
    ObjectNode details = receivedDetails(document, report.byteSize());
    details.put("duplicate", true);
    CustodyEntry received = appender.append(actor, CustodyAction.RECEIVED, report.id().hex(), details);
    new ReceiptRepository(handle).insert(received.seq(), report.id(), document.source(), received.time());
    if (!new ExtractionRepository(handle).hasRun(report.id())) {
      // Spans must point into the stored working copy, so extract from it rather than from this input.
      WorkingCopy copy = new WorkingCopyRepository(handle).find(report.id())
          .orElseThrow(() -> new IllegalStateException("report " + report.id() + " has no working copy"))
          .verify();
      Extraction extraction;
      try {
        extraction = extractor.extract(copy.text(), copy.metadata());
      } catch (RuntimeException e) {
        return IngestOutcome.failed(document.source(), report.id(), extractionFailure(report.id(), e));
      }
      new ReportRepository(handle).updateMetadata(report.id(), extraction.metadata());
      save(handle, appender, report.id(), extraction);
    }
    return IngestOutcome.of(document.source(), IngestOutcome.Kind.DUPLICATE, report.id());
  }

  private void save(Handle handle, CustodyAppender appender, Sha256 id, Extraction extraction) {
    new ExtractionRepository(handle).insert(id, extraction, custody.now());
    ObjectNode details = JSON.objectNode();
    details.put("rule_set_hash", extraction.ruleSetHash());
    details.put("assertions", extraction.assertions().size());
    appender.append(actor, CustodyAction.EXTRACTED, id.hex(), details);
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

  private static ObjectNode receivedDetails(IngestDocument document, long byteSize) {
    ObjectNode details = JSON.objectNode();
    details.put("source", document.source());
    details.put("media_type", document.mediaType());
    details.put("byte_size", byteSize);
    return details;
  }

  private static String extractionFailure(Sha256 id, RuntimeException e) {
    return "stored as " + id.hex().substring(0, 12) + " but extraction failed: " + describe(e);
  }

  /** A one-line reason; a database error is described by its driver's message, not the statement. */
  static String describe(Throwable e) {
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
