package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.Texts;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReceiptRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
  @TempDir
  Path dir;

  /** Reports one airstrike and completes the publication date, as the real pipeline would. */
  private static final Extractor ONE_AIRSTRIKE = (text, metadata) -> new Extraction(
      metadata.withPublished(LocalDate.of(2019, 1, 20), PublishedFrom.DATELINE),
      List.of(new Assertion(true, "airstrike", null, null, null, null,
          Casualties.none().with(CasualtyCategory.CIVILIANS, Count.exactly(11)), null, null, false, List.of())),
      "rules-1");

  private static IntakeDocument doc(String source, String text) {
    return LedgerFixture.document(source, text);
  }

  private static IngestService service(Ledger ledger, Extractor extractor, int batch) {
    return new IngestService(ledger.database().jdbi(), ledger.evidence(), ledger.custody(), extractor,
        LedgerFixture.ACTOR, batch);
  }

  private static long count(Jdbi jdbi, String table) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }

  @Test
  void ingest_storesOriginalRowWorkingCopyReceiptAssertionsAndCustodyTogether() {
    Ledger ledger = LedgerFixture.open(dir);
    IntakeDocument market = doc("market.txt", Texts.MARKET_STORY);

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(market), IngestListener.NONE);

    assertThat(summary.line()).isEqualTo("stored 1, duplicates 0, republications 0, failed 0");
    Sha256 id = Sha256.of(market.original());
    assertThat(ledger.evidence().read(id)).isEqualTo(market.original());
    Jdbi jdbi = ledger.database().jdbi();
    jdbi.useHandle(h -> {
      Report report = new ReportRepository(h).find(id).orElseThrow();
      assertThat(report.originalName()).isEqualTo("market.txt");
      assertThat(report.byteSize()).isEqualTo(market.original().length);
      assertThat(report.receivedAt()).isEqualTo(LedgerFixture.CLOCK.instant());
      assertThat(report.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 20));
      assertThat(report.republicationOf()).isNull();
      assertThat(new WorkingCopyRepository(h).find(id).orElseThrow().verify().text()).isEqualTo(Texts.MARKET_STORY);
      assertThat(new ReceiptRepository(h).countFor(id)).isEqualTo(1);
      List<Assertion> assertions = new ExtractionRepository(h).assertions(id);
      assertThat(assertions).hasSize(1);
      assertThat(assertions.get(0).killed().get(CasualtyCategory.CIVILIANS)).isEqualTo(Count.exactly(11));
      assertThat(ledger.custody().entriesFor(h, id.hex())).extracting(CustodyEntry::action)
          .containsExactly("received", "extracted");
      assertThat(h.createQuery("SELECT event_type, is_primary FROM assertions")
          .map((rs, ctx) -> rs.getString(1) + "/" + rs.getBoolean(2)).one())
          .isEqualTo("airstrike/true");
    });
    assertThat(ledger.custody().anchorFile().read().orElseThrow().seq()).isEqualTo(2);
  }

  @Test
  void ingest_sameBytesTwice_oneReportTwoReceipts() {
    Ledger ledger = LedgerFixture.open(dir);
    IngestService service = service(ledger, ONE_AIRSTRIKE, 10);

    service.ingest(Stream.of(doc("a.txt", Texts.MARKET_STORY)), IngestListener.NONE);
    IngestSummary again = service.ingest(
        Stream.of(doc("copy-of-a.txt", Texts.MARKET_STORY), doc("again.txt", Texts.MARKET_STORY)), IngestListener.NONE);

    assertThat(again.line()).isEqualTo("stored 0, duplicates 2, republications 0, failed 0");
    Jdbi jdbi = ledger.database().jdbi();
    assertThat(count(jdbi, "reports")).isEqualTo(1);
    assertThat(count(jdbi, "receipts")).isEqualTo(3);
    assertThat(count(jdbi, "assertions")).isEqualTo(1);
    String id = Sha256.of(Texts.MARKET_STORY.getBytes(StandardCharsets.UTF_8)).hex();
    List<CustodyEntry> custody = jdbi.withHandle(h -> ledger.custody().entriesFor(h, id));
    assertThat(custody).extracting(CustodyEntry::action).containsExactly("received", "extracted", "received", "received");
    assertThat(custody.get(2).details()).contains("\"source\":\"copy-of-a.txt\"").contains("\"duplicate\":true");
  }

  @Test
  void ingest_commitWhoseAcknowledgementIsLost_countsAsDone_notWrittenAgain() {
    Ledger ledger = LedgerFixture.open(dir);
    AtomicInteger lost = new AtomicInteger();
    // The database commits, then the caller hears an error (a dropped connection or a driver
    // failing after COMMIT): the batch must not be retried as duplicates of itself.
    ledger.database().jdbi().setTransactionHandler(new LocalTransactionHandler() {
      @Override
      public void commit(Handle handle) {
        super.commit(handle);
        if (lost.getAndIncrement() == 0) {
          throw new IllegalStateException("acknowledgement lost after COMMIT");
        }
      }
    });

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(
        doc("a.txt", Texts.MARKET_STORY), doc("other.txt", Texts.MARKET_OTHER_ACCOUNT)), IngestListener.NONE);

    assertThat(lost.get()).as("commits").isGreaterThan(0);
    assertThat(summary.line()).isEqualTo("stored 2, duplicates 0, republications 0, failed 0");
    Jdbi jdbi = ledger.database().jdbi();
    assertThat(count(jdbi, "reports")).isEqualTo(2);
    assertThat(count(jdbi, "receipts")).isEqualTo(2);
    assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
  }

  @Test
  void ingest_sameBytesTwiceInOneBatch_storedOnce_bothArrivalsReceived() {
    Ledger ledger = LedgerFixture.open(dir);

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(
        doc("a.txt", Texts.MARKET_STORY), doc("other.txt", Texts.MARKET_OTHER_ACCOUNT),
        doc("copy-of-a.txt", Texts.MARKET_STORY)), IngestListener.NONE);

    assertThat(summary.line()).isEqualTo("stored 2, duplicates 1, republications 0, failed 0");
    Jdbi jdbi = ledger.database().jdbi();
    assertThat(count(jdbi, "reports")).isEqualTo(2);
    assertThat(count(jdbi, "receipts")).isEqualTo(3);
    assertThat(count(jdbi, "extraction_runs")).isEqualTo(2);
    String id = Sha256.of(Texts.MARKET_STORY.getBytes(StandardCharsets.UTF_8)).hex();
    List<CustodyEntry> custody = jdbi.withHandle(h -> ledger.custody().entriesFor(h, id));
    assertThat(custody).extracting(CustodyEntry::action).containsExactly("received", "extracted", "received");
    assertThat(custody.get(2).details()).contains("\"duplicate\":true");
    assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
  }

  @Test
  void ingest_republications_linkToTheEarliestReport_otherStoryDoesNot() {
    Ledger ledger = LedgerFixture.open(dir);
    String twiceRepublished = "Shelling kills eleven at market\n\n" + Texts.MARKET_REPUBLISHED + "\n\nCopyright the agency.";
    List<IngestOutcome> outcomes = new ArrayList<>();

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 2).ingest(Stream.of(
        doc("first.txt", Texts.MARKET_STORY),
        doc("wire.txt", Texts.MARKET_REPUBLISHED),
        doc("ngo.txt", Texts.MARKET_OTHER_ACCOUNT),
        doc("blog.txt", twiceRepublished)), outcomes::add);

    assertThat(summary.line()).isEqualTo("stored 4, duplicates 0, republications 2, failed 0");
    assertThat(outcomes).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.STORED,
        IngestOutcome.Kind.REPUBLICATION, IngestOutcome.Kind.STORED, IngestOutcome.Kind.REPUBLICATION);
    Sha256 first = outcomes.get(0).report();
    ledger.database().jdbi().useHandle(h -> {
      ReportRepository reports = new ReportRepository(h);
      assertThat(reports.find(outcomes.get(1).report()).orElseThrow().republicationOf()).isEqualTo(first);
      assertThat(reports.find(outcomes.get(2).report()).orElseThrow().republicationOf()).isNull();
      assertThat(reports.find(outcomes.get(3).report()).orElseThrow().republicationOf()).isEqualTo(first);
    });
  }

  @Test
  void ingest_intakeFailures_areCountedWithReasons_othersStored() {
    Ledger ledger = LedgerFixture.open(dir);

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(
        new IntakeFailure("bad.pdf", "not a PDF:\n header is %PS"),
        doc("good.txt", Texts.MARKET_STORY)), IngestListener.NONE);

    assertThat(summary.stored()).isEqualTo(1);
    assertThat(summary.failures()).containsExactly(new IngestFailure("bad.pdf", "not a PDF: header is %PS"));
    assertThat(summary.failures().get(0).message()).isEqualTo("bad.pdf: not a PDF: header is %PS");
  }

  @Test
  void ingest_extractorFails_evidenceKept_andReRunExtracts() {
    Ledger ledger = LedgerFixture.open(dir);
    Extractor broken = (text, metadata) -> {
      throw new IllegalStateException("rule set not loaded");
    };
    IntakeDocument market = doc("market.txt", Texts.MARKET_STORY);

    IngestSummary first = service(ledger, broken, 10).ingest(Stream.of(market), IngestListener.NONE);

    Sha256 id = Sha256.of(market.original());
    assertThat(first.stored()).isZero();
    assertThat(first.failures()).singleElement().extracting(IngestFailure::reason)
        .isEqualTo("stored as " + id.hex().substring(0, 12) + " but extraction failed: rule set not loaded");
    Jdbi jdbi = ledger.database().jdbi();
    assertThat(count(jdbi, "reports")).isEqualTo(1);
    assertThat(count(jdbi, "extraction_runs")).isZero();

    IngestSummary second = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(market), IngestListener.NONE);

    assertThat(second.line()).isEqualTo("stored 0, duplicates 1, republications 0, failed 0");
    assertThat(count(jdbi, "reports")).isEqualTo(1);
    assertThat(count(jdbi, "assertions")).isEqualTo(1);
    assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
  }

  @Test
  void ingest_oneReportFailsToCommit_onlyThatOneFails() {
    Ledger ledger = LedgerFixture.open(dir);
    IntakeDocument poisoned = doc("poisoned.txt", Texts.MARKET_OTHER_ACCOUNT);
    Jdbi jdbi = ledger.database().jdbi();
    // A stray fingerprint row for the coming report makes its insert violate the primary key.
    jdbi.useHandle(h -> {
      h.execute(TestDatabases.postgres()
          ? "ALTER TABLE minhash_signatures DROP CONSTRAINT minhash_signatures_report_id_fkey"
          : "PRAGMA foreign_keys = OFF");
      h.execute("INSERT INTO minhash_signatures (report_id, signature) VALUES (?, 'x')",
          Sha256.of(poisoned.original()).hex());
    });

    IngestSummary summary = service(ledger, ONE_AIRSTRIKE, 10).ingest(Stream.of(
        doc("a.txt", Texts.MARKET_STORY), poisoned, doc("c.txt", "A third, unrelated note about a checkpoint.")),
        IngestListener.NONE);

    assertThat(summary.stored()).isEqualTo(2);
    assertThat(summary.failures()).singleElement().extracting(IngestFailure::source).isEqualTo("poisoned.txt");
    assertThat(count(jdbi, "reports")).isEqualTo(2);
  }

  @Test
  void ingest_crashMidBatch_reRunStoresEachReportOnce_andChainVerifies() {
    Ledger ledger = LedgerFixture.open(dir);
    List<IntakeDocument> docs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      docs.add(doc("r" + i + ".txt", "Report number " + i + " about a separate shelling of village " + i * 7 + "."));
    }
    AtomicInteger calls = new AtomicInteger();
    Extractor dying = (text, metadata) -> {
      if (calls.incrementAndGet() == 17) {
        throw new OutOfMemoryError("simulated crash");
      }
      return LedgerFixture.NO_ASSERTIONS.extract(text, metadata);
    };

    assertThatThrownBy(() -> service(ledger, dying, 5).ingest(docs.stream(), IngestListener.NONE))
        .isInstanceOf(OutOfMemoryError.class);
    Jdbi jdbi = ledger.database().jdbi();
    assertThat(count(jdbi, "reports")).isEqualTo(15);

    IngestSummary rerun = service(ledger, LedgerFixture.NO_ASSERTIONS, 5).ingest(docs.stream(), IngestListener.NONE);

    assertThat(rerun.line()).isEqualTo("stored 10, duplicates 15, republications 0, failed 0");
    assertThat(count(jdbi, "reports")).isEqualTo(25);
    assertThat(count(jdbi, "extraction_runs")).isEqualTo(25);
    assertThat(ledger.verifier().verify(LedgerFixture.ACTOR).findings()).isEmpty();
  }

  @Test
  void constructor_batchBelowOne_isRejected() {
    Ledger ledger = LedgerFixture.open(dir);
    assertThatThrownBy(() -> service(ledger, ONE_AIRSTRIKE, 0)).hasMessage("batchSize must be >= 1 but was 0");
  }
}
