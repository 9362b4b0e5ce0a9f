package org.harmledger.extract;

import java.util.Optional;
import org.harmledger.model.DateRef;

/**
 * A PublicationDateFinder reads the date a report was published from its own text (a dateline
 * such as "DAMASCUS, Jan 12 (Reuters) -" or a "Published ..." line), as a day-precision DateRef
 * resolved from the dateline with its span; unresolved (text and span only) when the dateline
 * lacks the year and the text names none; empty when the text carries no dateline.
 */
@FunctionalInterface
public interface PublicationDateFinder {
  Optional<DateRef> find(String text);
}
