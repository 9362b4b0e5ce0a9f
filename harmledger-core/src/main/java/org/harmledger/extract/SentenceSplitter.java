package org.harmledger.extract;

import java.util.List;
import org.harmledger.model.Span;

/** A SentenceSplitter cuts a text into sentence spans, in order, trimmed of surrounding white space. */
@FunctionalInterface
public interface SentenceSplitter {
  List<Span> split(String text);
}
