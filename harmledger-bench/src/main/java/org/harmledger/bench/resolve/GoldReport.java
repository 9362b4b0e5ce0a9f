package org.harmledger.bench.resolve;

import java.time.LocalDate;
import java.util.Objects;

/** A GoldReport is one labelled report of the resolution gold set: metadata, text, gold incident and expected grade. */
public record GoldReport(
    String id, String title, String publisher, LocalDate published, String kind, String republicationOf, String text,
    String incident, String expectedGrade) {

  public GoldReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(expectedGrade, "expectedGrade");
  }
}
