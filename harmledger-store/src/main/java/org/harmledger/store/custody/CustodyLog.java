package org.harmledger.store.custody;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A CustodyLog appends entries to the custody chain in the database and keeps its anchor file
 * current. Appends take the caller's {@link Handle} so they join the caller's transaction: an
 * entry commits together with the rows it speaks about, or not at all. Call {@link #anchor} after
 * the transaction commits. Times come from the injected clock, at millisecond precision so they
 * read back identically from any SQL database.
 */
public final class CustodyLog {
  private static final String COLUMNS =
      "seq, recorded_at, actor, action, subject, details, previous_hash, entry_hash";

  private final Clock clock;
  private final CustodyAnchor anchor;

  public CustodyLog(Clock clock, CustodyAnchor anchor) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  public CustodyAnchor anchorFile() {
    return anchor;
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Appends one entry; for several in one transaction, {@link #appender} reads the head only once. */
  public CustodyEntry append(Handle handle, String actor, CustodyAction action, String subject, ObjectNode details) {
    return appender(handle).append(actor, action, subject, details);
  }

  /**
   * Makes the transaction of {@code handle} the chain's only writer until it ends (see
   * {@link CustodyAppender}); call it first in a transaction that reads what other writers may be
   * changing and then appends, so that it reads their committed work rather than racing it.
   */
  public void lockChain(Handle handle) {
    appender(handle);
  }

  /** An appender for the transaction of {@code handle}; do not use it after that transaction ends. */
  public CustodyAppender appender(Handle handle) {
    return new CustodyAppender(handle, this, false);
  }

  /**
   * An appender for the transaction of {@code handle} that writes its entries only at
   * {@link CustodyAppender#flush}, with one batched statement; call that before the transaction commits.
   */
  public CustodyAppender deferringAppender(Handle handle) {
    return new CustodyAppender(handle, this, true);
  }

  void insertAll(Handle handle, List<CustodyEntry> entries) {
    PreparedBatch batch = handle.prepareBatch("INSERT INTO custody_entries (" + COLUMNS + ") VALUES "
        + "(:seq, :time, :actor, :action, :subject, :details, :previousHash, :hash)");
    for (CustodyEntry entry : entries) {
      batch.bind("seq", entry.seq())
          .bind("time", entry.time().toString())
          .bind("actor", entry.actor())
          .bind("action", entry.action())
          .bind("subject", entry.subject())
          .bind("details", entry.details())
          .bind("previousHash", entry.previousHash())
          .bind("hash", entry.hash())
          .add();
    }
    batch.execute();
  }

  public Optional<CustodyHead> head(Handle handle) {
    return handle.createQuery("SELECT seq, entry_hash FROM custody_entries ORDER BY seq DESC LIMIT 1")
        .map((rs, ctx) -> new CustodyHead(rs.getLong(1), rs.getString(2)))
        .findOne();
  }

  /**
   * Records the committed head in the anchor file. An anchor that the chain no longer agrees
   * with (its entry is gone or has another hash) is left as it is: it is the evidence that
   * verification reports, and overwriting it would hide a truncated or rewritten chain. Writers in
   * other threads or processes may anchor at the same time; the anchor only ever moves forward.
   */
  public void anchor(Jdbi jdbi) {
    anchor.exclusively(() -> jdbi.useHandle(h -> {
      if (agreesWithAnchor(h)) {
        head(h).ifPresent(anchor::advance);
      }
    }));
  }

  /**
   * Refuses to let more entries be appended to a chain that no longer holds its anchored entry,
   * since new entries would reuse the lost sequence numbers.
   *
   * @throws StorageException naming the anchored entry when the chain disagrees with the anchor
   */
  public void requireAnchored(Jdbi jdbi) {
    if (!jdbi.withHandle(this::agreesWithAnchor)) {
      long seq = anchor.read().orElseThrow().seq();
      throw new StorageException("custody chain no longer holds its anchored entry " + seq
          + " (entries deleted or rewritten); run verify");
    }
  }

  private boolean agreesWithAnchor(Handle handle) {
    Optional<CustodyHead> anchored = anchor.read();
    return anchored.isEmpty() || anchored.get().hash().equals(hashAt(handle, anchored.get().seq()));
  }

  /** Whether the chain holds the entry {@code head} names (its sequence number with its hash). */
  public boolean holds(Handle handle, CustodyHead head) {
    return head.hash().equals(hashAt(handle, head.seq()));
  }

  private static String hashAt(Handle handle, long seq) {
    return handle.createQuery("SELECT entry_hash FROM custody_entries WHERE seq = :seq")
        .bind("seq", seq)
        .mapTo(String.class)
        .findOne()
        .orElse(null);
  }

  /**
   * Which of {@code actions} the chain recorded last, if any; e.g. whether reports were extracted
   * after the last resolution, which a run killed between the two leaves behind. Reads the chain
   * backwards from its head, so it stops at the first match.
   */
  public Optional<CustodyAction> latestOf(Handle handle, CustodyAction... actions) {
    List<String> codes = Stream.of(actions).map(CustodyAction::code).toList();
    return handle.createQuery("SELECT action FROM custody_entries WHERE action IN (<codes>) ORDER BY seq DESC LIMIT 1")
        .bindList("codes", codes)
        .mapTo(String.class)
        .findOne()
        .map(code -> CustodyAction.valueOf(code.toUpperCase(Locale.ROOT)));
  }

  public List<CustodyEntry> entriesFor(Handle handle, String subject) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM custody_entries WHERE subject = :subject ORDER BY seq")
        .bind("subject", subject)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Streams every entry in sequence order to {@code sink}, without holding the chain in memory. */
  public void forEach(Handle handle, Consumer<CustodyEntry> sink) {
    handle.createQuery("SELECT " + COLUMNS + " FROM custody_entries ORDER BY seq")
        .map((rs, ctx) -> read(rs))
        .useStream(s -> s.forEach(sink));
  }

  private static CustodyEntry read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CustodyEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
  }
}
