package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class IntakeDocumentTest {

  @Test
  void theOriginalCannotBeChangedFromOutside() {
    byte[] bytes = {1, 2, 3};
    IntakeDocument document = new IntakeDocument("a", bytes, "text/plain", "t", ReportMetadata.empty());

    bytes[0] = 9;
    document.original()[1] = 9;

    assertThat(document.original()).containsExactly(1, 2, 3);
    assertThat(document.byteSize()).isEqualTo(3);
  }

  @Test
  void equalityIsByContent() {
    IntakeDocument one = new IntakeDocument("a", new byte[] {1}, "text/plain", "t", ReportMetadata.empty());
    IntakeDocument two = new IntakeDocument("a", new byte[] {1}, "text/plain", "t", ReportMetadata.empty());

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(new IntakeDocument("a", new byte[] {2}, "text/plain", "t", ReportMetadata.empty()));
    assertThat(one.toString()).contains("1 bytes").doesNotContain("[B@");
  }
}
