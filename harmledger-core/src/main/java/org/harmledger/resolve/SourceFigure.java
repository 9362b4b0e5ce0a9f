package org.harmledger.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.harmledger.model.Count;

/**
 * A SourceFigure is one count reported by one source in one report: the source key, publisher
 * name, the assertion it came from, the report's publication date (null when unknown) and
 * whether the claim is partisan. A list of them by date is the toll over time.
 */
public record SourceFigure(
    String sourceKey, String publisher, String assertionId, LocalDate published, Count count, boolean partisan) {

  public SourceFigure {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(count, "count");
  }

  /** The single value this count stands for: its lower bound when open, the floor of the midpoint of a range. */
  public long point() {
    return count.max() == null ? count.min() : (count.min() + count.max()) / 2;
  }
}
