package org.harmledger.store.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Role is what an account may do, each including the ones before it: a {@code READER} reads
 * what the public cannot (custody actors), a {@code RECORDER} adds reports, a {@code REVIEWER}
 * curates incidents (merge, split, grade override), an {@code ADMIN} manages accounts.
 */
public enum Role {
  READER, RECORDER, REVIEWER, ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this role includes {@code needed}. */
  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  /**
   * Parses a code such as {@code reviewer}.
   *
   * @throws IllegalArgumentException naming the code and the roles there are
   */
  public static Role fromCode(String code) {
    for (Role r : values()) {
      if (r.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + code + "'; roles are "
        + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
  }
}
