package org.harmledger.store.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * A Session is a signed-in account: the secret token its cookie carries (known only to the
 * browser; the database keeps its hash), the CSRF token every write must echo, and when it expires.
 */
public record Session(String token, String csrfToken, Account account, Instant expiresAt) {
  public Session {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    // Never print secrets, even by accident in a log line.
    return "Session[account=" + account.name() + ", expiresAt=" + expiresAt + "]";
  }
}
