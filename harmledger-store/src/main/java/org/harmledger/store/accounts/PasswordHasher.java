package org.harmledger.store.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * The PasswordHasher hashes and checks passwords with bcrypt. bcrypt reads at most 72 bytes, so
 * longer passwords are refused rather than silently cut.
 */
final class PasswordHasher {
  static final int MIN_LENGTH = 10;
  private static final int MAX_BYTES = 72;
  private static final int COST = 12;
  /** Checked against when the account is unknown, so that case takes as long as a wrong password. */
  private static final String DECOY = new String(
      BCrypt.withDefaults().hash(COST, "decoy-password-never-used".toCharArray()), StandardCharsets.US_ASCII);

  private PasswordHasher() {}

  /**
   * The bcrypt hash of {@code password}.
   *
   * @throws IllegalArgumentException when the password is shorter than {@value #MIN_LENGTH}
   *     characters or longer than 72 bytes
   */
  static String hash(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new IllegalArgumentException("password must have at least " + MIN_LENGTH + " characters");
    }
    if (new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("password must be at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
    }
    return new String(BCrypt.withDefaults().hash(COST, password), StandardCharsets.US_ASCII);
  }

  static boolean matches(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
  }

  /** Spends the time a check takes, for an unknown account. */
  static void decoy(char[] password) {
    matches(password, DECOY);
  }
}
