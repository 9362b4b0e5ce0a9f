package org.harmledger.store.query;

import org.harmledger.store.Ledger;
import org.harmledger.store.incidents.Reports;

/**
 * The three reports the listing tests page and filter: two from one publisher, three provinces,
 * three years, one with a named perpetrator.
 */
final class ListingCorpus {
  private ListingCorpus() {}

  static void ingest(Ledger ledger) {
    Reports.ingest(ledger,
        Reports.report("Levant Wire", "2019-01-19", "baghouz", "2019-01-18", 16, "us_led_coalition"),
        Reports.report("Orient Observer", "2019-07-22", "maarat", "2019-07-22", 12, null),
        Reports.report("Levant Wire", "2017-06-01", "mosul", "2017-05-30", 40, null));
  }
}
