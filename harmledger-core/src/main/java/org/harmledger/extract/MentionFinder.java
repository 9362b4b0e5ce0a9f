package org.harmledger.extract;

import java.util.List;

/**
 * A MentionFinder is one extraction stage: it reads an AnalyzedText and returns the mentions of
 * one kind it finds (dates, casualty figures, places...), in text order, each carrying its span.
 * Implementations are immutable and thread-safe, never throw on any text, and never call another
 * stage: the ExtractionPipeline wires them.
 */
@FunctionalInterface
public interface MentionFinder<T> {
  List<T> find(AnalyzedText text);
}
