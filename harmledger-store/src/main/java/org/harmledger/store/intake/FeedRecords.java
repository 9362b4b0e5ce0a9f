package org.harmledger.store.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * FeedRecords iterates over the items of one JSON Lines feed, reading one line per item, so a
 * feed of any size streams in bounded memory. Blank lines are skipped; each other line becomes a
 * document or a failure with source {@code path:LINE}. Binary content (which JSON never holds)
 * ends the feed with one failure rather than a failure per line of garbage. Not thread-safe.
 */
final class FeedRecords implements Iterator<IntakeItem>, Closeable {
  static final String MEDIA_TYPE = "application/json";
  private final String source;
  private final FeedLines lines;
  private final MetadataJson json;
  private final IntakeLimits limits;
  private IntakeItem next;
  private boolean finished;
  private long items;

  FeedRecords(String source, FeedLines lines, MetadataJson json, IntakeLimits limits) {
    this.source = source;
    this.lines = lines;
    this.json = json;
    this.limits = limits;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
      if (next == null) {
        finished = true;
      } else {
        items++;
      }
    }
    return next != null;
  }

  @Override
  public IntakeItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + source);
    }
    IntakeItem item = next;
    next = null;
    return item;
  }

  private IntakeItem advance() {
    try {
      for (FeedLine line = lines.next(); line != null; line = lines.next()) {
        String where = source + ":" + line.number();
        if (line.skipped()) {
          return new IntakeFailure(where, limits.tooLarge(line.length()));
        }
        if (isBlank(line.bytes())) {
          continue;
        }
        Optional<String> binary = ContentSniffer.binaryReason(line.bytes());
        if (binary.isPresent()) {
          finished = true;
          return new IntakeFailure(where, binary.get() + ", so not a JSON Lines feed; the rest is skipped");
        }
        return record(where, line.bytes());
      }
      return items == 0 ? new IntakeFailure(source, "no records (only blank lines)") : null;
    } catch (IOException e) {
      finished = true;
      return new IntakeFailure(source, "cannot read past record " + items + " (" + e.getMessage() + ")");
    }
  }

  private IntakeItem record(String where, byte[] bytes) {
    try {
      String decoded = StrictUtf8.decode(bytes);
      JsonNode object = json.object(decoded.startsWith("\ufeff") ? decoded.substring(1) : decoded);
      String text = MetadataJson.text(object, "text");
      if (text == null) {
        return new IntakeFailure(where, "missing 'text'");
      }
      String working = WorkingText.of(text);
      if (working.isBlank()) {
        return new IntakeFailure(where, "empty 'text'");
      }
      return new IntakeDocument(where, bytes, MEDIA_TYPE, working, json.fields(object).toMetadata(working));
    } catch (BadInput e) {
      return e.failureOf(where);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
