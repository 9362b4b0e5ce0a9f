package org.harmledger.redress;

import java.time.Instant;

/** Decisions checks that a person's decision says who made it, when and why. */
final class Decisions {
  private Decisions() {}

  static void requireAccountable(String what, String actor, Instant at, String reason) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException(what + " needs the person who made it");
    }
    if (at == null) {
      throw new IllegalArgumentException(what + " needs the time it was made");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(what + " needs a reason");
    }
  }
}
