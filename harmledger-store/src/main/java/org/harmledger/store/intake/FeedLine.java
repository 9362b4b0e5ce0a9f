package org.harmledger.store.intake;

/**
 * A FeedLine is one line of a feed: its number (from 1), its exact bytes without the line
 * terminator, and its length. {@code bytes} is null when the line was longer than the limit and
 * was skipped unread; {@code length} still tells how long it was.
 */
record FeedLine(long number, byte[] bytes, long length) {

  boolean skipped() {
    return bytes == null;
  }
}
