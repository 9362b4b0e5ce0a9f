package org.harmledger.store.casefile;

import java.util.Objects;
import org.harmledger.model.Sha256;

/** A BundleFile is one file a case bundle's manifest lists: its relative path, SHA-256 and size in bytes. */
public record BundleFile(String path, Sha256 sha256, long bytes) {
  public BundleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  static BundleFile of(String path, byte[] content) {
    return new BundleFile(path, Sha256.of(content), content.length);
  }
}
