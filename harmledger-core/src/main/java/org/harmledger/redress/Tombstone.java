package org.harmledger.redress;

import java.time.Instant;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A Tombstone records that a person's personal data was erased: whose record (kind and id),
 * when (given by the caller), by whom, why, and the SHA-256 of what was erased, so that a copy
 * shown later can be proved to be the erased data without the data being kept.
 */
public record Tombstone(String subjectKind, String subjectId, Instant at, String actor, String reason,
    Sha256 erased) {

  public Tombstone {
    Checks.nonBlank(subjectKind, "a subject kind");
    Checks.nonBlank(subjectId, "a subject id");
    Checks.accountable("an erasure", actor, at, reason);
    Objects.requireNonNull(erased, "erased");
  }
}
