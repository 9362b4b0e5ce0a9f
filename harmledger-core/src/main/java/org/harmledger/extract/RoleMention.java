package org.harmledger.extract;

import java.util.Objects;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Span;

/**
 * A RoleMention is an actor named in the text with the role the words around it give it.
 * {@code strong} means a cue said so ("carried out by X", "X said"); a weak role is only guessed
 * from the kind of actor (armed forces act, monitors speak).
 */
public record RoleMention(ActorRole role, boolean strong, ActorRef actor) {
  public RoleMention {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actor.span(), "actor.span");
  }

  public Span span() {
    return actor.span();
  }
}
