package org.harmledger.store.backup;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.Texts;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestService;
import org.harmledger.store.ingest.IngestSummary;
import org.jdbi.v3.core.Jdbi;

/** BackupFixture fills ledgers for backup tests and reads back what a restore must reproduce. */
final class BackupFixture {
  /** One primary airstrike per report, so assertions (with their boolean column) are stored. */
  static final Extractor ONE_AIRSTRIKE = (text, metadata) -> new Extraction(
      metadata.withPublished(LocalDate.of(2019, 1, 20), PublishedFrom.DATELINE),
      List.of(new Assertion(true, "airstrike", null, null, null, null,
          Casualties.none().with(CasualtyCategory.CIVILIANS, Count.exactly(11)), null, null, false, List.of())),
      "rules-1");

  private BackupFixture() {}

  /** Ingests a story, its republication, a second account and {@code more} short distinct notes. */
  static IngestSummary fill(Ledger ledger, int more) {
    IngestService service = new IngestService(ledger.database().jdbi(), ledger.evidence(), ledger.custody(),
        ONE_AIRSTRIKE, LedgerFixture.ACTOR, 10);
    Stream<org.harmledger.store.intake.IntakeDocument> docs = Stream.concat(
        Stream.of(LedgerFixture.document("market.txt", Texts.MARKET_STORY),
            LedgerFixture.document("wire.txt", Texts.MARKET_REPUBLISHED),
            LedgerFixture.document("other.txt", Texts.MARKET_OTHER_ACCOUNT)),
        java.util.stream.IntStream.range(0, more).mapToObj(i ->
            LedgerFixture.document("note" + i + ".txt", "Note " + i + " on a checkpoint closure at kilometre " + i * 3)));
    return service.ingest(docs, IngestListener.NONE);
  }

  /** The rows a restore must bring back, as comparable text: reports, links, assertions, custody. */
  static List<String> content(Jdbi jdbi) {
    return jdbi.withHandle(h -> {
      List<String> rows = new java.util.ArrayList<>(h.createQuery("SELECT id, report_no, republication_of, "
              + "published, received_at FROM reports ORDER BY report_no")
          .map((rs, ctx) -> "report " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
              + rs.getString(4) + " " + rs.getString(5))
          .list());
      rows.addAll(h.createQuery("SELECT report_id, idx, is_primary, assertion_json FROM assertions "
              + "ORDER BY report_id, idx")
          .map((rs, ctx) -> "assertion " + rs.getString(1) + " " + rs.getInt(2) + " " + rs.getBoolean(3) + " "
              + rs.getString(4))
          .list());
      rows.addAll(h.createQuery("SELECT seq, entry_hash FROM custody_entries ORDER BY seq")
          .map((rs, ctx) -> "custody " + rs.getLong(1) + " " + rs.getString(2))
          .list());
      rows.addAll(h.createQuery("SELECT band_key, report_id FROM minhash_bands ORDER BY band_key, report_id")
          .map((rs, ctx) -> "band " + rs.getString(1) + " " + rs.getString(2))
          .list());
      return rows;
    });
  }
}
