package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.Texts;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.ingest.IngestOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQueryTest {
  @TempDir
  Path dir;

  private Ledger ledger;
  private Sha256 id;

  @BeforeEach
  void ingestOne() {
    ledger = LedgerFixture.open(dir);
    List<IngestOutcome> outcomes = new ArrayList<>();
    ledger.ingestService(LedgerFixture.NO_ASSERTIONS, LedgerFixture.ACTOR)
        .ingest(Stream.of(LedgerFixture.document("market.txt", Texts.MARKET_STORY)), outcomes::add);
    id = outcomes.get(0).report();
  }

  @Test
  void find_byFullIdOrUniquePrefix() {
    ReportDetails full = ledger.reports().find(id.hex());
    ReportDetails prefix = ledger.reports().find(id.hex().substring(0, 8).toUpperCase());

    assertThat(full.report().id()).isEqualTo(id);
    assertThat(prefix).isEqualTo(full);
    assertThat(full.workingCopy().text()).isEqualTo(Texts.MARKET_STORY);
    assertThat(full.custody()).extracting(CustodyEntry::action).containsExactly("received", "extracted");
    assertThat(full.assertions()).isZero();
  }

  @Test
  void find_badIds_haveOneLineReasons() {
    assertThatThrownBy(() -> ledger.reports().find("abc")).hasMessage("report id prefix 'abc' is shorter than 8 characters");
    assertThatThrownBy(() -> ledger.reports().find("xyz12345")).hasMessageContaining("is not a report id");
    String other = id.hex().charAt(0) == '0' ? "11111111" : "00000000";
    assertThatThrownBy(() -> ledger.reports().find(other)).hasMessage("no report with id " + other);
  }

  @Test
  void find_ambiguousPrefix_isRejected() {
    ledger.database().jdbi().useTransaction(h -> {
      ReportRepository reports = new ReportRepository(h);
      for (int tail = 0; tail < 2; tail++) {
        reports.insert(new Report(new Sha256("deadbeef" + Integer.toString(tail).repeat(56)), "x", "text/plain", 1,
            ReportMetadata.empty(), LedgerFixture.CLOCK.instant(), null), 100 + tail);
      }
    });

    assertThatThrownBy(() -> ledger.reports().find("deadbeef"))
        .hasMessage("report id prefix deadbeef matches more than one report");
  }
}
