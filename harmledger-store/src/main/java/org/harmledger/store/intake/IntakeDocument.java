package org.harmledger.store.intake;

import java.util.Arrays;
import java.util.Objects;
import org.harmledger.model.ReportMetadata;

/**
 * An IntakeDocument is one report ready to be stored: the exact original bytes (the evidence),
 * their media type, the working text that extraction reads (spans point into it) and metadata.
 * The original bytes are copied in and out, so the evidence cannot change after intake.
 */
public record IntakeDocument(
    String source, byte[] original, String mediaType, String text, ReportMetadata metadata)
    implements IntakeItem {

  public IntakeDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    original = original.clone();
  }

  /** A copy of the original bytes. */
  @Override
  public byte[] original() {
    return original.clone();
  }

  /** The number of original bytes, without copying them. */
  public int byteSize() {
    return original.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntakeDocument that
        && source.equals(that.source)
        && Arrays.equals(original, that.original)
        && mediaType.equals(that.mediaType)
        && text.equals(that.text)
        && metadata.equals(that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, Arrays.hashCode(original), mediaType, text, metadata);
  }

  @Override
  public String toString() {
    return "IntakeDocument[source=" + source + ", " + original.length + " bytes, mediaType="
        + mediaType + ", " + text.length() + " chars, metadata=" + metadata + "]";
  }
}
