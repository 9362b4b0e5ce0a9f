package org.harmledger.store.db;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A ReceiptRepository records each arrival of a report's bytes, keyed by its "received" custody entry. */
public final class ReceiptRepository {
  private final Handle handle;

  public ReceiptRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public void insert(long custodySeq, Sha256 report, String source, Instant receivedAt) {
    insertAll(List.of(new Receipt(custodySeq, report, source, receivedAt)));
  }

  /** Inserts {@code receipts} with one batched statement. */
  public void insertAll(List<Receipt> receipts) {
    if (receipts.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO receipts (custody_seq, report_id, source, received_at) "
        + "VALUES (:seq, :id, :source, :receivedAt)");
    for (Receipt r : receipts) {
      batch.bind("seq", r.custodySeq())
          .bind("id", r.report().hex())
          .bind("source", r.source())
          .bind("receivedAt", r.receivedAt().toString())
          .add();
    }
    batch.execute();
  }

  public long countFor(Sha256 report) {
    return handle.createQuery("SELECT COUNT(*) FROM receipts WHERE report_id = :id")
        .bind("id", report.hex())
        .mapTo(Long.class)
        .one();
  }

  /** A Receipt is one arrival of a report's bytes: its "received" custody entry, source and time. */
  public record Receipt(long custodySeq, Sha256 report, String source, Instant receivedAt) {
    public Receipt {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }
}
