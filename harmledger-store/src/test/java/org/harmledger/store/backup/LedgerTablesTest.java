package org.harmledger.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTablesTest {
  @TempDir
  Path dir;

  @Test
  void of_listsEveryLedgerTable_afterTheTablesItRefersTo_withKeysAndSelfReferences() {
    try (Database db = Database.open(TestDatabases.config(dir))) {
      List<TableShape> tables = db.jdbi().withHandle(h -> LedgerTables.of(h.getConnection()));
      List<String> names = tables.stream().map(TableShape::name).toList();

      assertThat(names).doesNotContain("flyway_schema_history")
          .contains("reports", "working_copies", "assertions", "extraction_runs", "custody_entries");
      assertThat(names.indexOf("reports")).isLessThan(names.indexOf("working_copies"));
      assertThat(names.indexOf("extraction_runs")).isLessThan(names.indexOf("assertions"));
      TableShape reports = tables.get(names.indexOf("reports"));
      assertThat(reports.primaryKey()).containsExactly("id");
      assertThat(reports.selfReferences()).containsExactly("republication_of");
      TableShape assertions = tables.get(names.indexOf("assertions"));
      assertThat(assertions.primaryKey()).containsExactly("report_id", "rule_set_hash", "idx");
      assertThat(assertions.column("is_primary").orElseThrow().isBoolean()).isTrue();
      assertThat(assertions.column("idx").orElseThrow().isBoolean()).isFalse();
    }
  }
}
