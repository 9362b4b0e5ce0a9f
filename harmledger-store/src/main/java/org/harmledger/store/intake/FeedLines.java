package org.harmledger.store.intake;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * FeedLines splits a byte stream into lines without decoding it, so each record's original bytes
 * are exactly what the feed holds. A line ends at {@code \n}; a {@code \r} before it belongs to
 * the terminator. Memory stays bounded by the buffer and the longest line allowed: a longer line
 * is counted but not kept. Not thread-safe.
 */
final class FeedLines implements Closeable {
  private static final int BUFFER = 64 * 1024;
  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int filled;
  private boolean ended;
  private long number;

  FeedLines(InputStream in, long maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  FeedLine next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean started = false;
    while (true) {
      if (position >= filled && !fill()) {
        if (!started) {
          return null;
        }
        break;
      }
      started = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? filled : newline;
      int chunk = end - position;
      length += chunk;
      if (line != null && length <= maxLineBytes + 1) {
        line.write(buffer, position, chunk);
      } else {
        line = null;
      }
      position = newline < 0 ? end : end + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    return terminated(line, length);
  }

  private FeedLine terminated(ByteArrayOutputStream line, long length) {
    if (line == null) {
      return new FeedLine(number, null, length);
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 0, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return bytes.length > maxLineBytes ? new FeedLine(number, null, bytes.length) : new FeedLine(number, bytes, bytes.length);
  }

  private int indexOfNewline() {
    for (int i = position; i < filled; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    while (read == 0) {
      read = in.read(buffer, 0, buffer.length);
    }
    if (read < 0) {
      ended = true;
      return false;
    }
    position = 0;
    filled = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
