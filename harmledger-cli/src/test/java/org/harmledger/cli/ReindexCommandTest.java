package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportSearcher;
import org.harmledger.store.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest {
  @TempDir
  Path dir;

  @Test
  void reindex_rebuildsTheIndexFromStoredReports() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "Shelling hit the bakery queue in the old town.");
    Path data = dir.resolve("data");
    assertThat(Cli.run("--data", data.toString(), "ingest", report.toString()).exit()).isZero();
    deleteIndex(ReportIndex.folderOf(data));

    Cli.Result r = Cli.run("--data", data.toString(), "reindex");

    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("indexed 1 reports");
    try (ReportSearcher searcher = ReportSearcher.open(ReportIndex.folderOf(data))) {
      assertThat(searcher.search(SearchQuery.of("bakery", 5)).total()).isEqualTo(1);
    }
  }

  private static void deleteIndex(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }
}
