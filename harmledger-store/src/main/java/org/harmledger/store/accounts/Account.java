package org.harmledger.store.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** An Account is a person who may sign in: a unique name, a role, and when it was created. */
public record Account(String name, Role role, Instant createdAt) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public Account {
    requireValidName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Checks an account name: 2 to 64 lowercase letters, digits, dots, dashes or underscores.
   *
   * @throws IllegalArgumentException naming the input and the rule
   */
  public static String requireValidName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("account name '" + name
          + "' must be 2-64 lowercase letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
    return name;
  }

  /** The custody actor for what this account does: {@code user:<name>}. */
  public String custodyActor() {
    return "user:" + name;
  }
}
