package org.harmledger.store.intake;

/**
 * BadInput signals input a user can cause and fix; its message is the one-line reason that
 * becomes an {@link IntakeFailure}.
 */
final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  BadInput(String reason) {
    super(reason);
  }

  BadInput(String reason, Throwable cause) {
    super(reason, cause);
  }

  IntakeFailure failureOf(String source) {
    return new IntakeFailure(source, getMessage());
  }
}
