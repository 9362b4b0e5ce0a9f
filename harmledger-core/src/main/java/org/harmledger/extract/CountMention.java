package org.harmledger.extract;

import java.util.Objects;
import org.harmledger.model.Count;
import org.harmledger.model.Span;

/** A CountMention is a number of people as written ("at least twenty", "dozens"), read as a Count range. */
public record CountMention(Count count, Span span) {
  public CountMention {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(span, "span");
  }
}
