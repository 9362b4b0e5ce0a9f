package org.harmledger.redress;

/** A ReviewTransitionException refuses a review step, saying which claim, which step and why in one line. */
public final class ReviewTransitionException extends IllegalStateException {
  public ReviewTransitionException(String message) {
    super(message);
  }

  public ReviewTransitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
