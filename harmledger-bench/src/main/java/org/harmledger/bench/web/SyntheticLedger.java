package org.harmledger.bench.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.harmledger.model.Assertion;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Extraction;
import org.harmledger.model.Report;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.Ledger;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.evidence.WorkingCopy;

/**
 * SyntheticLedger fills a ledger's database with generated reports: one report row, working copy
 * (a short text naming the event, place, perpetrator and toll) and stored assertion per synthetic
 * assertion. It writes the rows directly, skipping the evidence originals and the custody chain,
 * which the web load does not read; it is for benchmarks only.
 */
final class SyntheticLedger {
  private static final int BATCH = 2_000;
  private static final Instant RECEIVED = Instant.parse("2020-01-01T00:00:00Z");

  private SyntheticLedger() {}

  static void fill(Ledger ledger, List<SourcedAssertion> assertions) {
    for (int from = 0; from < assertions.size(); from += BATCH) {
      List<SourcedAssertion> batch = assertions.subList(from, Math.min(assertions.size(), from + BATCH));
      long first = from;
      ledger.database().jdbi().useTransaction(h -> {
        ReportRepository reports = new ReportRepository(h);
        WorkingCopyRepository copies = new WorkingCopyRepository(h);
        ExtractionRepository extractions = new ExtractionRepository(h);
        long number = first;
        for (SourcedAssertion a : batch) {
          String text = text(a.assertion());
          reports.insert(new Report(a.reportId(), null, "text/plain", text.getBytes(StandardCharsets.UTF_8).length,
              a.report(), RECEIVED, null), ++number);
          copies.insert(a.reportId(), new WorkingCopy(text, a.report()));
          extractions.insert(a.reportId(), new Extraction(a.report(), List.of(a.assertion()), "bench"), RECEIVED);
        }
      });
    }
  }

  private static String text(Assertion a) {
    Count killed = a.killed().get(CasualtyCategory.CIVILIANS);
    return String.format(Locale.ROOT, "A %s hit %s in %s on %s. %s civilians were killed. Local sources blamed %s.",
        a.eventType().replace('_', ' '), a.place() == null ? "a village" : a.place().name(),
        a.place() == null ? "the province" : a.place().admin1(), a.date() == null ? "an unknown day" : a.date().start(),
        killed == null ? "No" : Long.toString(killed.min()), a.perpetrator() == null ? "nobody" : a.perpetrator().name());
  }
}
