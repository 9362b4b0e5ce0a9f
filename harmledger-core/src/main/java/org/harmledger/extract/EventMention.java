package org.harmledger.extract;

import java.util.Objects;
import org.harmledger.model.Span;

/** An EventMention is a trigger phrase in the text ("airstrikes", "condemned") and the event type it signals. */
public record EventMention(EventType type, Span span, String text) {
  public EventMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
