package org.harmledger.model;

/**
 * A Span is a half-open range of character offsets [start, end) into a report's working text.
 * Every extracted value carries one, so each field of the record points back to its evidence.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("expected 0 <= start <= end but was [" + start + ", " + end + ")");
    }
  }

  public String coveredText(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span that covers both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
