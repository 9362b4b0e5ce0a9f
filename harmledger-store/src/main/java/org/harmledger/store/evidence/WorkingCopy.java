package org.harmledger.store.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;

/**
 * A WorkingCopy is what extraction reads from a report: its text (spans point into it) and the
 * metadata known at intake. It is kept apart from the original, with hashes of its own, so an
 * edit to either part is detectable.
 */
public record WorkingCopy(String text, ReportMetadata metadata) {
  public WorkingCopy {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
  }

  public String metadataJson() {
    return ReportMetadataJson.write(metadata);
  }

  public Sha256 textSha() {
    return hashOf(text);
  }

  public Sha256 metadataSha() {
    return hashOf(metadataJson());
  }

  /** The SHA-256 of a working copy part: its UTF-8 bytes. */
  public static Sha256 hashOf(String part) {
    return Sha256.of(part.getBytes(StandardCharsets.UTF_8));
  }
}
