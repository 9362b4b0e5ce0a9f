package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Evidence;
import org.harmledger.model.Extraction;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.model.Span;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionRepositoryTest {
  @TempDir
  Path dir;

  @Test
  void insert_keepsAssertionsAsJson_withIndexedColumns() {
    Database db = Database.open(TestDatabases.config(dir));
    Sha256 id = Sha256.of(new byte[] {1});
    Assertion strike = new Assertion(true, "airstrike",
        new DateRef(LocalDate.of(2019, 1, 18), LocalDate.of(2019, 1, 18), DatePrecision.DAY, DateResolution.RELATIVE,
            "On Friday", new Span(10, 19)),
        new PlaceRef("al-Baghouz Foqani", null, 34.45, 40.93, "Deir ez-Zor", "Abu Kamal", "SY", 1, "al-Baghouz",
            new Span(30, 40)),
        new ActorRef("us_led_coalition", "US-led coalition", "coalition", new Span(50, 59)),
        null,
        Casualties.none().with(CasualtyCategory.CIVILIANS, Count.exactly(20)),
        null, null, true,
        List.of(new Evidence("killed.civilians", new Span(60, 80), "twenty civilians")));
    Assertion statement = new Assertion(false, "statement.condemnation", null, null, null, null, null, null, null,
        false, List.of());

    db.jdbi().useTransaction(h -> {
      new ReportRepository(h).insert(new Report(id, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH,
          null), 1);
      ExtractionRepository extractions = new ExtractionRepository(h);
      assertThat(extractions.hasRun(id)).isFalse();

      extractions.insert(id, new Extraction(ReportMetadata.empty(), List.of(strike, statement), "rules-7"),
          Instant.EPOCH);

      assertThat(extractions.hasRun(id)).isTrue();
      assertThat(extractions.assertions(id)).containsExactly(strike, statement);
      assertThat(h.createQuery("SELECT event_type, date_start, date_end, admin1, perpetrator_id, is_primary "
              + "FROM assertions WHERE idx = 0")
          .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
              + "|" + rs.getString(5) + "|" + rs.getBoolean(6))
          .one()).isEqualTo("airstrike|2019-01-18|2019-01-18|Deir ez-Zor|us_led_coalition|true");
      assertThat(h.createQuery("SELECT assertion_count FROM extraction_runs").mapTo(Integer.class).one()).isEqualTo(2);
    });
  }
}
