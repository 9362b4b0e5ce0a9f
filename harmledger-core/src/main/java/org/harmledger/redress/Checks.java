package org.harmledger.redress;

import java.time.Instant;

/** Checks are the argument checks shared by the values of this package, with one-line messages. */
final class Checks {
  private Checks() {}

  /** Rejects a null or blank text; {@code what} names it, with its article ("a victim id"). */
  static void nonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /** Rejects a person's decision that does not say who made it, when, and why. */
  static void accountable(String what, String actor, Instant at, String reason) {
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
