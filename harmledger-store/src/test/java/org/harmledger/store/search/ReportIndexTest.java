package org.harmledger.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexTest {
  @TempDir
  Path dir;

  @Test
  void put_replacesTheReportWithTheSameId() {
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("a1", null, "first text", null, null, "en", Set.of()));
      index.put(new IndexedReport("a1", null, "second text", null, null, "en", Set.of()));
      index.commit();
    }
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      assertThat(searcher.count()).isEqualTo(1);
      assertThat(searcher.search(SearchQuery.of("first", 5)).total()).isZero();
    }
  }

  @Test
  void clear_removesEverything() {
    try (ReportIndex index = ReportIndex.open(dir)) {
      index.put(new IndexedReport("a1", null, "text", null, null, "en", Set.of()));
      index.commit();
      index.clear();
      index.commit();
    }
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      assertThat(searcher.count()).isZero();
    }
  }

  @Test
  void secondWriter_isRefusedWithTheFolderNamed() {
    try (ReportIndex first = ReportIndex.open(dir)) {
      assertThatThrownBy(() -> ReportIndex.open(dir))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("another process");
    }
  }

  @Test
  void folderOf_isIndexInTheDataFolder() {
    assertThat(ReportIndex.folderOf(Path.of("data"))).isEqualTo(Path.of("data", "index"));
  }
}
