package org.harmledger.store.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.harmledger.store.db.ReceiptRepository.Receipt;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.duplicate.MinHasher;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.evidence.WorkingCopy;
import org.harmledger.store.intake.IntakeDocument;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * A ReportRecorder records documents in the ledger in two steps. {@link #prepare} does the work
 * that needs no database (store the original durably, sign the text, extract) and is safe to run
 * on several threads at once. {@link #recordAll} then writes a batch of them inside the caller's
 * transaction: report rows, receipts, working copies, fingerprints, extractions and custody
 * entries, which commit or roll back together. The original is content-addressed, so storing it again on a re-run is a
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
  PreparedReport prepare(IntakeDocument document) {
    var original = evidence.put(document.original());
    MinHashSignature signature = minHasher.sign(document.text()).orElse(null);
    try {
      return new PreparedReport(document, original, signature, extractor.extract(document.text(), document.metadata()),
          null);
    } catch (RuntimeException e) {
      return new PreparedReport(document, original, signature, null, extractionFailure(original.sha256(), e));
    }
  }

  /**
   * Records a batch of prepared reports inside the caller's transaction, in order, and returns
   * their outcomes. The batch's reads (which reports are stored, which have been extracted, which
   * stored texts share a band) are one query each; its rows and custody entries are written at
   * the end with one batched statement per table. A report given twice in one batch is stored
   * once, and a text may republish one stored earlier in the same batch. The result also names
   * the batch's last custody entry, by which a commit of unknown fate is recognised.
   */
  RecordedBatch recordAll(Handle handle, List<PreparedReport> batch) {
    CustodyAppender appender = custody.deferringAppender(handle);
    Map<Sha256, Report> known = new HashMap<>(
        new ReportRepository(handle).findAll(batch.stream().map(p -> p.original().sha256()).toList()));
    Set<Sha256> unextracted = new HashSet<>(known.keySet());
    unextracted.removeAll(new ExtractionRepository(handle).withRuns(known.keySet()));
    NearDuplicates near = NearDuplicates.lookUp(handle, batch.stream()
        .filter(p -> p.signature() != null && !known.containsKey(p.original().sha256()))
        .map(PreparedReport::signature)
        .toList());
    ReportRows rows = new ReportRows();
    List<IngestOutcome> outcomes = new ArrayList<>(batch.size());
    for (PreparedReport prepared : batch) {
      Report existing = known.get(prepared.original().sha256());
      if (existing != null) {
        outcomes.add(recordDuplicate(handle, appender, rows, prepared.document(), existing, unextracted));
      } else {
        Report stored = recordNew(appender, rows, near, prepared);
        known.put(stored.id(), stored);
        outcomes.add(prepared.extraction() == null
            ? IngestOutcome.failed(prepared.document().source(), stored.id(), prepared.extractionFailure())
            : IngestOutcome.of(prepared.document().source(), stored.republicationOf() == null
                ? IngestOutcome.Kind.STORED : IngestOutcome.Kind.REPUBLICATION, stored.id()));
      }
    }
    appender.flush();
    rows.write(handle, custody.now());
    return new RecordedBatch(outcomes, appender.lastAppended()
        .orElseThrow(() -> new IllegalArgumentException("an empty batch records nothing")));
  }

  private Report recordNew(CustodyAppender appender, ReportRows rows, NearDuplicates near, PreparedReport prepared) {
    IntakeDocument document = prepared.document();
    Sha256 id = prepared.original().sha256();
    Sha256 republicationOf = prepared.signature() == null ? null : near.earliest(prepared.signature());
    ObjectNode details = receivedDetails(document, prepared.original().byteSize());
    if (republicationOf != null) {
      details.put("republication_of", republicationOf.hex());
    }
    CustodyEntry received = appender.append(actor, CustodyAction.RECEIVED, id.hex(), details);
    Instant now = received.time();
    ReportMetadata metadata = prepared.extraction() == null ? document.metadata() : prepared.extraction().metadata();
    Report report = new Report(id, document.source(), document.mediaType(), prepared.original().byteSize(), metadata,
        now, republicationOf);
    rows.report(new ReportRepository.Numbered(report, received.seq()));
    rows.receipt(new Receipt(received.seq(), id, document.source(), now));
    rows.workingCopy(id, new WorkingCopy(document.text(), document.metadata()));
    if (prepared.signature() != null) {
      rows.signature(id, prepared.signature());
      near.add(id, received.seq(), republicationOf, prepared.signature());
    }
    if (prepared.extraction() != null) {
      save(appender, rows, id, prepared.extraction());
    }
    return report;
  }

  /**
   * Records another arrival of a stored report. One stored by an earlier transaction without an
   * extraction (extraction failed then) is extracted now; one stored earlier in this batch is not
   * (the same text would fail the same way).
   */
  private IngestOutcome recordDuplicate(Handle handle, CustodyAppender appender, ReportRows rows,
      IntakeDocument document, Report report, Set<Sha256> unextracted) {
    ObjectNode details = receivedDetails(document, report.byteSize());
    details.put("duplicate", true);
    CustodyEntry received = appender.append(actor, CustodyAction.RECEIVED, report.id().hex(), details);
    rows.receipt(new Receipt(received.seq(), report.id(), document.source(), received.time()));
    if (unextracted.remove(report.id())) {
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
      save(appender, rows, report.id(), extraction);
    }
    return IngestOutcome.of(document.source(), IngestOutcome.Kind.DUPLICATE, report.id());
  }

  private void save(CustodyAppender appender, ReportRows rows, Sha256 id, Extraction extraction) {
    rows.extraction(id, extraction);
    ObjectNode details = JSON.objectNode();
    details.put("rule_set_hash", extraction.ruleSetHash());
    details.put("assertions", extraction.assertions().size());
    appender.append(actor, CustodyAction.EXTRACTED, id.hex(), details);
  }

  private static ObjectNode receivedDetails(IntakeDocument document, long byteSize) {
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
