package org.harmledger.store.ingest;

import java.util.Arrays;
import java.util.Objects;
import org.harmledger.model.ReportMetadata;

/**
 * An IngestDocument is one report to store: the exact original bytes, their media type, the
 * working text extraction reads, and the metadata known at intake. The bytes are copied in and
 * out, so the evidence cannot change once handed over.
 */
public record IngestDocument(String source, byte[] original, String mediaType, String text, ReportMetadata metadata)
    implements IngestInput {

  public IngestDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    original = original.clone();
  }

  @Override
  public byte[] original() {
    return original.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IngestDocument that
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
    return "IngestDocument[source=" + source + ", " + original.length + " bytes, mediaType=" + mediaType + "]";
  }
}
