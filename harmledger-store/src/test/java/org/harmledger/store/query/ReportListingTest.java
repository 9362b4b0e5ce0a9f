package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportListingTest {
  @TempDir
  Path dir;

  private Ledger ledger;
  private ReportListing listing;

  @BeforeEach
  void ingestThree() {
    ledger = LedgerFixture.open(dir);
    ListingCorpus.ingest(ledger);
    listing = new ReportListing(ledger.database().jdbi());
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void page_listsNewestReceivedFirst_andCountsAll() {
    ListingPage<ReportSummary> page = listing.page(ReportFilter.all(), 0, 2);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(ReportSummary::published).containsExactly("2017-06-01", "2019-07-22");
    assertThat(page.items().get(0).id()).hasSize(64);
    assertThat(page.items().get(0).mediaType()).isEqualTo("text/plain");
    assertThat(listing.page(ReportFilter.all(), 2, 2).items()).extracting(ReportSummary::published)
        .containsExactly("2019-01-19");
  }

  @Test
  void filters_publisherAnyCase_andPublicationDates() {
    ListingPage<ReportSummary> levant = listing.page(new ReportFilter("LEVANT wire", null, null, null, null), 0, 10);
    ListingPage<ReportSummary> from2019 =
        listing.page(new ReportFilter(null, null, null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)), 0, 10);

    assertThat(levant.total()).isEqualTo(2);
    assertThat(levant.items()).extracting(ReportSummary::publisher).containsOnly("Levant Wire");
    assertThat(from2019.items()).extracting(ReportSummary::published).containsExactly("2019-01-19");
    assertThat(listing.page(new ReportFilter(null, "xx", null, null, null), 0, 10).total()).isZero();
  }

  @Test
  void badPaging_isRefused() {
    assertThatThrownBy(() -> listing.page(ReportFilter.all(), -1, 10))
        .hasMessage("expected offset >= 0 and limit >= 1 but was -1, 10");
  }
}
