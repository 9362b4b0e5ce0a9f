package org.harmledger.store.db;

import java.time.Instant;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.jdbi.v3.core.Handle;

/** A ReceiptRepository records each arrival of a report's bytes, keyed by its "received" custody entry. */
public final class ReceiptRepository {
  private final Handle handle;

  public ReceiptRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public void insert(long custodySeq, Sha256 report, String source, Instant receivedAt) {
    handle.createUpdate("INSERT INTO receipts (custody_seq, report_id, source, received_at) "
            + "VALUES (:seq, :id, :source, :receivedAt)")
        .bind("seq", custodySeq)
        .bind("id", report.hex())
        .bind("source", source)
        .bind("receivedAt", receivedAt.toString())
        .execute();
  }

  public long countFor(Sha256 report) {
    return handle.createQuery("SELECT COUNT(*) FROM receipts WHERE report_id = :id")
        .bind("id", report.hex())
        .mapTo(Long.class)
        .one();
  }
}
