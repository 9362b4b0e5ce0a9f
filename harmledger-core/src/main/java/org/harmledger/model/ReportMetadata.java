package org.harmledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * ReportMetadata is what is known about a report besides its text. Any field but
 * {@code publishedFrom} and {@code kind} may be null: a missing value is never invented.
 */
public record ReportMetadata(
    String title,
    String publisher,
    String url,
    LocalDate published,
    PublishedFrom publishedFrom,
    String language,
    ReportKind kind) {

  public ReportMetadata {
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(kind, "kind");
    if (published == null && publishedFrom != PublishedFrom.UNKNOWN) {
      throw new IllegalArgumentException("no published date but publishedFrom=" + publishedFrom);
    }
  }

  public static ReportMetadata empty() {
    return new ReportMetadata(null, null, null, null, PublishedFrom.UNKNOWN, null, ReportKind.OTHER);
  }

  public ReportMetadata withPublished(LocalDate date, PublishedFrom from) {
    return new ReportMetadata(title, publisher, url, date, date == null ? PublishedFrom.UNKNOWN : from, language, kind);
  }

  public ReportMetadata withPublisher(String name) {
    return new ReportMetadata(title, name, url, published, publishedFrom, language, kind);
  }

  public ReportMetadata withTitle(String newTitle) {
    return new ReportMetadata(newTitle, publisher, url, published, publishedFrom, language, kind);
  }
}
