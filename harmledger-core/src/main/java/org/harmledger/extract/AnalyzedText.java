package org.harmledger.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Span;

/**
 * AnalyzedText is a report's working text as the finders see it: the text itself, its sentence
 * spans in order, its words, and the publication date relative expressions resolve against (null
 * when unknown).
 */
public record AnalyzedText(String text, List<Span> sentences, Words words, LocalDate published) {
  public AnalyzedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(words, "words");
  }

  /** The analyzed text, with its words found here. */
  public AnalyzedText(String text, List<Span> sentences, LocalDate published) {
    this(text, sentences, Words.of(text), published);
  }

  /** The index of the sentence holding this offset, or -1 when it falls between sentences. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
