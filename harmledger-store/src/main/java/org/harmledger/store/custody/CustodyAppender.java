package org.harmledger.store.custody;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * A CustodyAppender appends entries within one transaction. It reads the chain's head once and
 * then follows it itself, which is safe because the transaction holds the database's write lock
 * (immediate transactions) and the appender is dropped when the transaction ends.
 */
public final class CustodyAppender {
  private final Handle handle;
  private final CustodyLog log;
  private CustodyHead head;

  CustodyAppender(Handle handle, CustodyLog log) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.log = Objects.requireNonNull(log, "log");
  }

  public CustodyEntry append(String actor, CustodyAction action, String subject, ObjectNode details) {
    if (head == null) {
      head = log.head(handle).orElse(CustodyHead.GENESIS);
    }
    CustodyEntry entry = CustodyEntry.next(head, log.now(), actor, action, subject, details.toString());
    log.insert(handle, entry);
    head = entry.head();
    return entry;
  }
}
