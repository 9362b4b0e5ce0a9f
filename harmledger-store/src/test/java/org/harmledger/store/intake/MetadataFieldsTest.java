package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class MetadataFieldsTest {
  private static final LocalDate DAY = LocalDate.of(2019, 1, 20);

  @Test
  void blankTextIsNotStatedAndLanguageKeepsItsPrimarySubtag() {
    MetadataFields fields = new MetadataFields(" ", " SANA ", "", null, "AR-sy", null);

    assertThat(fields).isEqualTo(new MetadataFields(null, "SANA", null, null, "ar", null));
    assertThat(new MetadataFields(null, null, null, null, "en_GB", null).language()).isEqualTo("en");
  }

  @Test
  void aStatedDateIsKnownFromMetadata() {
    ReportMetadata metadata = new MetadataFields("T", null, null, DAY, "en", ReportKind.NEWS).toMetadata("text");

    assertThat(metadata).isEqualTo(new ReportMetadata("T", null, null, DAY, PublishedFrom.METADATA, "en", ReportKind.NEWS));
  }

  @Test
  void withNothingStatedTheDateIsUnknownTheKindOtherAndTheLanguageGuessed() {
    ReportMetadata metadata = MetadataFields.none().toMetadata("قصف طيران التحالف");

    assertThat(metadata).isEqualTo(new ReportMetadata(null, null, null, null, PublishedFrom.UNKNOWN, "ar", ReportKind.OTHER));
  }

  @Test
  void statedFieldsReplaceThoseOfTheBaseAndTheOthersStay() {
    ReportMetadata base = new ReportMetadata("Base", "Publisher", "u", null, PublishedFrom.UNKNOWN, "en", ReportKind.NEWS);

    ReportMetadata over = new MetadataFields("Sidecar", null, null, DAY, "ar", null).over(base);

    assertThat(over).isEqualTo(new ReportMetadata("Sidecar", "Publisher", "u", DAY, PublishedFrom.METADATA, "ar", ReportKind.NEWS));
    assertThat(MetadataFields.none().over(base)).isEqualTo(base);
  }
}
