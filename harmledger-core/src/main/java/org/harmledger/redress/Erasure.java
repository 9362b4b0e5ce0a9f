package org.harmledger.redress;

import java.util.Objects;

/** An Erasure is a record with its personal data removed, and the tombstone that says so. */
public record Erasure<T>(T record, Tombstone tombstone) {
  public Erasure {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(tombstone, "tombstone");
  }
}
