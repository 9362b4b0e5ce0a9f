package org.harmledger.store.verify;

import java.util.Objects;

/**
 * A Finding is one problem verification found, naming its subject (e.g. {@code report 3fa4c2d1e0b9},
 * {@code custody entry 17}, {@code custody chain}) and what is wrong with it.
 */
public record Finding(String subject, String problem) {
  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problem, "problem");
  }

  /** The line to show a user: {@code subject: problem}. */
  public String line() {
    return subject + ": " + problem;
  }
}
