package org.harmledger.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSearcherTest {
  @TempDir
  Path dir;

  private ReportSearcher searcher;

  @BeforeEach
  void indexThree() {
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("a1", "Strike on Baghouz market",
          "An air strike hit the market of al-Baghouz Foqani on Friday, killing twenty civilians.",
          "Levant Wire", LocalDate.of(2019, 1, 19), "en", Set.of("Deir ez-Zor")));
      index.put(new IndexedReport("b2", "Shelling in Maarat al-Numan",
          "Shelling struck a market street in Maarat al-Numan; the civilians killed included children.",
          "Orient Observer", LocalDate.of(2019, 7, 22), "en", Set.of("Idlib")));
      index.put(new IndexedReport("c3", "غارة على الباغوز",
          "قتل عشرون مدنيا في غارة جوية على بلدة الباغوز في ريف دير الزور.",
          "سانا", LocalDate.of(2019, 1, 20), "ar", Set.of("Deir ez-Zor")));
      index.commit();
    }
    searcher = ReportSearcher.open(dir);
  }

  @AfterEach
  void close() {
    searcher.close();
  }

  @Test
  void words_findEveryReportHoldingThem_withMarkedSnippets() {
    SearchResults r = searcher.search(SearchQuery.of("market civilians", 10));

    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(SearchHit::reportId).containsExactlyInAnyOrder("a1", "b2");
    assertThat(r.hits().get(0).snippet()).contains("<mark>market</mark>");
  }

  @Test
  void phrase_matchesOnlyWordsInThatOrder() {
    assertThat(searcher.search(SearchQuery.of("\"market street\"", 10)).hits())
        .extracting(SearchHit::reportId).containsExactly("b2");
    assertThat(searcher.search(SearchQuery.of("\"street market\"", 10)).total()).isZero();
  }

  @Test
  void arabicText_isFoundByTheArabicAnalyzer_evenWithTheArticle() {
    // ArabicAnalyzer strips the definite article, so "الباغوز" and "باغوز" meet.
    SearchResults r = searcher.search(SearchQuery.of("باغوز", 10));

    assertThat(r.hits()).extracting(SearchHit::reportId).containsExactly("c3");
    assertThat(r.hits().get(0).snippet()).contains("<mark>");
    assertThat(r.hits().get(0).language()).isEqualTo("ar");
  }

  @Test
  void filters_narrowByDatesPublisherAndProvince() {
    assertThat(searcher.search(new SearchQuery("civilians", LocalDate.of(2019, 7, 1), null, null, null, 0, 10)).hits())
        .extracting(SearchHit::reportId).containsExactly("b2");
    assertThat(searcher.search(new SearchQuery("civilians", null, null, "levant wire", null, 0, 10)).hits())
        .extracting(SearchHit::reportId).containsExactly("a1");
    assertThat(searcher.search(new SearchQuery("civilians", null, null, null, "Idlib", 0, 10)).hits())
        .extracting(SearchHit::reportId).containsExactly("b2");
  }

  @Test
  void paging_skipsOffsetButCountsAll() {
    SearchResults second = searcher.search(new SearchQuery("civilians", null, null, null, null, 1, 10));

    assertThat(second.total()).isEqualTo(2);
    assertThat(second.hits()).hasSize(1);
  }

  @Test
  void snippet_escapesMarkupFromTheText() {
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("d4", null, "A <script>alert(1)</script> market note", null, null, "en", Set.of()));
      index.commit();
    }

    SearchHit hit = searcher.search(SearchQuery.of("note", 10)).hits().get(0);

    assertThat(hit.snippet()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void laterCommits_areSeenWithoutReopening() {
    assertThat(searcher.count()).isEqualTo(3);
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("a1", "Updated", "nothing left of it", null, null, "en", Set.of()));
      index.commit();
    }

    assertThat(searcher.count()).isEqualTo(3);
    assertThat(searcher.search(SearchQuery.of("Updated", 10)).hits()).extracting(SearchHit::reportId)
        .containsExactly("a1");
  }

  @Test
  void badSyntax_isAOneLineReasonNamingTheQuery() {
    assertThatThrownBy(() -> searcher.search(SearchQuery.of("\"unclosed", 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("search query '\"unclosed' cannot be parsed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingIndex_answersNothing(@TempDir Path empty) {
    try (ReportSearcher none = ReportSearcher.open(empty.resolve("index"))) {
      assertThat(none.search(SearchQuery.of("market", 10))).isEqualTo(SearchResults.empty());
    }
  }

  @Test
  void concurrentSearches_allAnswer_andACommitAmongThemIsSeenAfterwards() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> totals = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      totals.add(pool.submit(() -> searcher.search(SearchQuery.of("civilians", 10)).total()));
    }
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("e5", null, "Three more civilians were counted", null, null, "en", Set.of()));
      index.commit();
    }
    pool.shutdown();

    for (Future<Long> total : totals) {
      assertThat(total.get()).isIn(2L, 3L);
    }
    assertThat(searcher.search(SearchQuery.of("civilians", 10)).total()).isEqualTo(3);
  }

  @Test
  void total_countsEveryMatch_evenPastTheThousandLuceneCountsByDefault() {
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (int i = 0; i < 1_500; i++) {
        index.put(new IndexedReport("n" + i, null, "Shelling hit block " + i + "; civilians fled", null, null, "en",
            Set.of()));
      }
      index.commit();
    }

    SearchResults r = searcher.search(SearchQuery.of("civilians", 5));

    assertThat(r.total()).isEqualTo(1_502);
    assertThat(r.hits()).hasSize(5);
  }
}
