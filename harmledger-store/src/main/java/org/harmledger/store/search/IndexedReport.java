package org.harmledger.store.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An IndexedReport is what the search index holds about one report: its id, title and working
 * text, publisher, publication date, language (which picks the analyzer) and the provinces
 * (admin1) its assertions name. Any field but id and text may be null or empty.
 */
public record IndexedReport(
    String id, String title, String text, String publisher, LocalDate published, String language,
    Set<String> admin1) {

  public IndexedReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    admin1 = Set.copyOf(admin1);
  }

  /** Whether the report is written in Arabic, so its text is analyzed as Arabic. */
  public boolean isArabic() {
    return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("ar");
  }
}
