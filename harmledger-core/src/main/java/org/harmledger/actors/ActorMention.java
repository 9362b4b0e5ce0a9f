package org.harmledger.actors;

import java.util.Objects;
import org.harmledger.model.Span;

/** An ActorMention is a stretch of text that names an Actor. */
public record ActorMention(Span span, String text, Actor actor) {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actor, "actor");
  }
}
