package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.Report;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRepositoryTest {
  @TempDir
  Path dir;

  @Test
  void insert_find_updateMetadata_roundTrip() {
    Database db = Database.open(TestDatabases.config(dir));
    Sha256 first = Sha256.of(new byte[] {1});
    Sha256 second = Sha256.of(new byte[] {2});
    ReportMetadata metadata = new ReportMetadata("Letters", "SANA", "https://example.org/x", LocalDate.of(2019, 1, 20),
        PublishedFrom.METADATA, "en", ReportKind.OFFICIAL_STATEMENT);
    Report report = new Report(first, "a.html", "text/html", 1234, metadata, Instant.parse("2026-03-01T10:15:30.123Z"), null);
    Report republished = new Report(second, null, "text/plain", 5, ReportMetadata.empty(),
        Instant.parse("2026-03-01T10:15:31Z"), first);

    db.jdbi().useTransaction(h -> {
      ReportRepository reports = new ReportRepository(h);
      reports.insert(report, 1);
      reports.insert(republished, 5);
      assertThat(reports.find(first)).contains(report);
      assertThat(reports.find(second)).contains(republished);
      reports.updateMetadata(second, ReportMetadata.empty().withTitle("New"));
      assertThat(reports.find(second).orElseThrow().metadata().title()).isEqualTo("New");
      assertThat(reports.ids()).containsExactly(first, second);
      assertThat(reports.idsStartingWith(first.hex().substring(0, 10), 2)).containsExactly(first);
      assertThat(reports.find(Sha256.of(new byte[] {3}))).isEmpty();
    });
  }
}
