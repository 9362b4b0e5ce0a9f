package org.harmledger.store.intake;

import java.util.Objects;

/**
 * An IntakeFailure is an input that could not become a document, with a one-line reason such as
 * {@code not valid UTF-8 at byte 1043}. Line breaks in the reason are folded into spaces so that
 * a message taken from a parser still prints as one line.
 */
public record IntakeFailure(String source, String reason) implements IntakeItem {

  public IntakeFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    reason = reason.replaceAll("\\s+", " ").strip();
    if (reason.isEmpty()) {
      throw new IllegalArgumentException("a failure of " + source + " needs a reason");
    }
  }

  /** The line to show a user: {@code source: reason}. */
  public String message() {
    return source + ": " + reason;
  }
}
