package org.harmledger.gazetteer;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.Span;

/** A PlaceMention is a stretch of text that names a place, with every gazetteer entry the name may mean. */
public record PlaceMention(Span span, String text, List<Place> candidates) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    candidates = List.copyOf(candidates);
  }
}
