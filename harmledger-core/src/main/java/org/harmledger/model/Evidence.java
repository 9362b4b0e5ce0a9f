package org.harmledger.model;

import java.util.Objects;

/** Evidence ties one field of an assertion (e.g. {@code killed.civilians}) to the span of text it came from. */
public record Evidence(String field, Span span, String text) {
  public Evidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
