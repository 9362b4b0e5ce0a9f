package org.harmledger.extract;

import java.util.Objects;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Span;

/**
 * A CasualtyMention is one reported figure: how many people of which category met which outcome,
 * and the span from the number to the outcome word. {@code tollUpdate} marks a death-toll update
 * ("the death toll rose to 30"), which supersedes earlier figures.
 */
public record CasualtyMention(Outcome outcome, CasualtyCategory category, Count count, Span span, boolean tollUpdate) {
  public CasualtyMention {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(span, "span");
  }
}
