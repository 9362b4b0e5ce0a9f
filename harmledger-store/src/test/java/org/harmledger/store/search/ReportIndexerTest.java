package org.harmledger.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.ingest.IngestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexerTest {
  @TempDir
  Path dir;

  @Test
  void indexAndRebuild_coverStoredReports() {
    Ledger ledger = LedgerFixture.open(dir);
    List<IngestOutcome> outcomes = ingest(ledger, "Rockets fell on the bakery queue in the old town.",
        "Flooding closed the northern road for a week.");
    Sha256 first = outcomes.get(0).report();
    Path folder = ReportIndex.folderOf(dir);

    try (ReportIndex index = ReportIndex.open(folder)) {
      assertThat(new ReportIndexer(ledger.database().jdbi(), index).index(List.of(first))).isEqualTo(1);
    }
    try (ReportSearcher searcher = ReportSearcher.open(folder)) {
      assertThat(searcher.search(SearchQuery.of("bakery", 5)).hits()).extracting(SearchHit::reportId)
          .containsExactly(first.hex());
      assertThat(searcher.search(SearchQuery.of("flooding", 5)).total()).isZero();

      try (ReportIndex index = ReportIndex.open(folder)) {
        assertThat(new ReportIndexer(ledger.database().jdbi(), index).rebuild()).isEqualTo(2);
      }
      assertThat(searcher.search(SearchQuery.of("flooding", 5)).total()).isEqualTo(1);
    }
  }

  @Test
  void catchUp_indexesWhatTheIndexLacks_andThenNothing() {
    Ledger ledger = LedgerFixture.open(dir);
    List<IngestOutcome> outcomes = ingest(ledger, "Rockets fell on the bakery queue in the old town.",
        "Flooding closed the northern road for a week.", "A convoy of trucks reached the camp at dawn.");
    Path folder = ReportIndex.folderOf(dir);

    try (ReportIndex index = ReportIndex.open(folder)) {
      ReportIndexer indexer = new ReportIndexer(ledger.database().jdbi(), index);
      indexer.index(List.of(outcomes.get(0).report()));

      assertThat(indexer.catchUp()).isEqualTo(2);
      assertThat(index.ids()).containsExactlyInAnyOrder(outcomes.stream().map(o -> o.report().hex()).toArray(String[]::new));
      assertThat(indexer.catchUp()).isZero();
    }
    try (ReportSearcher searcher = ReportSearcher.open(folder)) {
      assertThat(searcher.search(SearchQuery.of("convoy", 5)).total()).isEqualTo(1);
    }
  }

  /** Stores one report per text, without assertions, and returns the outcomes in order. */
  private static List<IngestOutcome> ingest(Ledger ledger, String... texts) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    ledger.ingestService(LedgerFixture.NO_ASSERTIONS, LedgerFixture.ACTOR).ingest(IntStream.range(0, texts.length)
        .mapToObj(i -> LedgerFixture.document("report-" + i + ".txt", texts[i])), outcomes::add);
    return outcomes;
  }
}
