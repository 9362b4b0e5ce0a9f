package org.harmledger.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class ReportMetadataJsonTest {
  private static final ReportMetadata FULL = new ReportMetadata("Letters to the UN", "SANA", "https://example.org/a",
      LocalDate.of(2019, 1, 20), PublishedFrom.DATELINE, "en", ReportKind.OFFICIAL_STATEMENT);

  @Test
  void write_thenRead_givesEqualMetadata() {
    assertThat(ReportMetadataJson.read(ReportMetadataJson.write(FULL))).isEqualTo(FULL);
    assertThat(ReportMetadataJson.read(ReportMetadataJson.write(ReportMetadata.empty())))
        .isEqualTo(ReportMetadata.empty());
  }

  @Test
  void write_isStable_fieldsInFixedOrder() {
    assertThat(ReportMetadataJson.write(FULL)).isEqualTo("{\"title\":\"Letters to the UN\",\"publisher\":\"SANA\","
        + "\"url\":\"https://example.org/a\",\"published\":\"2019-01-20\",\"published_from\":\"dateline\","
        + "\"language\":\"en\",\"kind\":\"official_statement\"}");
  }

  @Test
  void read_malformed_isRejected() {
    assertThatThrownBy(() -> ReportMetadataJson.read("{title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed metadata JSON");
  }
}
