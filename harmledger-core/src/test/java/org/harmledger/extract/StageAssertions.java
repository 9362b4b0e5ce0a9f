package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.harmledger.model.Span;

/** Lucene-style helpers: run one stage over a text and compare what it found, by covered text. */
final class StageAssertions {
  private StageAssertions() {}

  /** Runs the stage and asserts the covered texts of its mentions, in order. */
  static <T> List<T> assertSpans(MentionFinder<T> stage, Function<T, Span> span, String text, LocalDate published,
      String... expected) {
    List<T> found = stage.find(Fixtures.analyzed(text, published));
    assertThat(found).extracting(t -> span.apply(t).coveredText(text)).containsExactly(expected);
    return found;
  }
}
