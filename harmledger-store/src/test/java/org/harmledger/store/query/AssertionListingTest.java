package org.harmledger.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionListingTest {
  @TempDir
  Path dir;

  private Ledger ledger;
  private AssertionListing listing;

  @BeforeEach
  void ingestThree() {
    ledger = LedgerFixture.open(dir);
    ListingCorpus.ingest(ledger);
    listing = new AssertionListing(ledger.database().jdbi());
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void page_listsNewestEventFirst_withStoredJson() {
    ListingPage<ListedAssertion> page = listing.page(AssertionFilter.all(), 0, 2);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).json()).contains("\"2019-07-22\"").contains("Maarat al-Numan");
    assertThat(page.items().get(1).json()).contains("\"2019-01-18\"");
  }

  @Test
  void filters_provinceAnyCase_perpetratorAndDates() {
    assertThat(listing.page(new AssertionFilter(null, "ninawa", null, null, null, null), 0, 10).items())
        .extracting(ListedAssertion::json).singleElement().asString().contains("Mosul");
    assertThat(listing.page(new AssertionFilter(null, null, "us_led_coalition", null, null, null), 0, 10).items())
        .extracting(ListedAssertion::json).singleElement().asString().contains("al-Baghouz Foqani");
    assertThat(listing.page(new AssertionFilter(null, null, null, null, LocalDate.of(2019, 1, 1), null), 0, 10).total())
        .isEqualTo(2);
    assertThat(listing.page(new AssertionFilter("shelling", null, null, null, null, null), 0, 10).total()).isZero();
  }

  @Test
  void ofReportAndFind_useTheReportIdAndIndex() {
    ListedAssertion first = listing.page(AssertionFilter.all(), 0, 1).items().get(0);

    List<ListedAssertion> ofReport = listing.ofReport(first.reportId());

    assertThat(ofReport).containsExactly(first);
    assertThat(first.id()).isEqualTo(first.reportId() + ":" + first.index());
    assertThat(listing.find(first.reportId(), first.index())).contains(first);
    assertThat(listing.find(first.reportId(), first.index() + 1)).isEmpty();
    assertThat(listing.page(new AssertionFilter(null, null, null, first.reportId(), null, null), 0, 10).items())
        .containsExactly(first);
  }
}
