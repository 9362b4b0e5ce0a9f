package org.harmledger.store.custody;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;

/**
 * A CustodyAppender appends entries within one transaction. Creating it makes the transaction the
 * chain's only writer until it ends: on SQLite the immediate transaction already holds the
 * database's write lock; on PostgreSQL it takes a transaction-scoped advisory lock, so writers in
 * other processes wait for this one to commit. Taken before anything else in the transaction, the
 * lock also means that every later statement (READ COMMITTED) sees all that earlier writers
 * committed, so "is this report already stored?" has one answer across processes. It then reads
 * the chain's head once and follows it itself; drop it when the transaction ends.
 *
 * <p>A deferring appender ({@link CustodyLog#deferringAppender}) computes each entry at once but
 * writes them all with one batched statement at {@link #flush}, which must come before the
 * transaction commits: a batch of reports then costs one round trip for its custody entries
 * rather than one per entry.
 */
public final class CustodyAppender {
  /** First half of the advisory lock key: the custody chain; the second half is the schema. */
  private static final int CHAIN_LOCK = 0x48_4c_43_43;

  private final Handle handle;
  private final CustodyLog log;
  private final List<CustodyEntry> pending;
  private CustodyHead head;
  private CustodyHead lastAppended;

  CustodyAppender(Handle handle, CustodyLog log, boolean deferring) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.log = Objects.requireNonNull(log, "log");
    this.pending = deferring ? new ArrayList<>() : null;
    lockChain(handle);
  }

  private static void lockChain(Handle handle) {
    if (isPostgres(handle)) {
      handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:chain, hashtext(current_schema()))")
          .bind("chain", CHAIN_LOCK)
          .mapTo(Integer.class)
          .one();
    }
  }

  private static boolean isPostgres(Handle handle) {
    try {
      return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StorageException("cannot tell which database holds the custody chain: " + e.getMessage(), e);
    }
  }

  public CustodyEntry append(String actor, CustodyAction action, String subject, ObjectNode details) {
    if (head == null) {
      head = log.head(handle).orElse(CustodyHead.GENESIS);
    }
    CustodyEntry entry = CustodyEntry.next(head, log.now(), actor, action, subject, details.toString());
    if (pending == null) {
      log.insertAll(handle, List.of(entry));
    } else {
      pending.add(entry);
    }
    head = entry.head();
    lastAppended = head;
    return entry;
  }

  /**
   * The head after this appender's last append (empty before the first): once the transaction's
   * fate is unknown, {@link CustodyLog#holds} tells from it whether the transaction committed.
   */
  public Optional<CustodyHead> lastAppended() {
    return Optional.ofNullable(lastAppended);
  }

  /** Writes the entries a deferring appender holds back; nothing to do for one that writes at once. */
  public void flush() {
    if (pending != null && !pending.isEmpty()) {
      log.insertAll(handle, pending);
      pending.clear();
    }
  }
}
