package org.harmledger.store.intake;

import java.io.InputStream;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A JsonLinesReader reads a feed (.jsonl, .ndjson): one report per line, a JSON object with keys
 * title, text, publisher, url, published, language and kind. The original of each record is the
 * exact bytes of its line without the terminator. Records stream lazily, one line at a time.
 */
final class JsonLinesReader {
  private final IntakeLimits limits;
  private final MetadataJson json;

  JsonLinesReader(IntakeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.json = new MetadataJson(limits);
  }

  /**
   * The items of the feed in {@code in}, read as the stream is consumed. Closing the stream closes
   * {@code in}; callers close it (try-with-resources) even when they stop early.
   */
  Stream<IntakeItem> read(String source, InputStream in) {
    FeedRecords records = new FeedRecords(source, new FeedLines(in, limits.maxDocumentBytes()), json, limits);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(records::close);
  }
}
