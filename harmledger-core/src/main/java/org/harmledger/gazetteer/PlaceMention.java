package org.harmledger.gazetteer;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.Span;

/**
 * A PlaceMention is a stretch of text that names a place, with every gazetteer entry the name may
 * mean, most likely first (see {@link Gazetteer}). {@code exact} is false when the name matched
 * only by its consonant skeleton ({@link PlaceNames}), a weaker match.
 */
public record PlaceMention(Span span, String text, List<Place> candidates, boolean exact) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    candidates = List.copyOf(candidates);
  }

  /** An exact mention. */
  public PlaceMention(Span span, String text, List<Place> candidates) {
    this(span, text, candidates, true);
  }
}
