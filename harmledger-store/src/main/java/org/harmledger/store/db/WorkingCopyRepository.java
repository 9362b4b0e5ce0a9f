package org.harmledger.store.db;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.harmledger.store.evidence.WorkingCopy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A WorkingCopyRepository keeps each report's working copy (text and metadata JSON) with the
 * hashes taken when it was stored. Reads hand back the stored parts and recorded hashes as they
 * are; checking them is the caller's job ({@link StoredWorkingCopy#verify}).
 */
public final class WorkingCopyRepository {
  private final Handle handle;

  public WorkingCopyRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public void insert(Sha256 report, WorkingCopy copy) {
    insertAll(Map.of(report, copy));
  }

  /** Inserts the working copy of each report with one batched statement. */
  public void insertAll(Map<Sha256, WorkingCopy> copies) {
    if (copies.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO working_copies (report_id, body, metadata_json, "
        + "body_sha256, metadata_sha256) VALUES (:id, :body, :metadata, :bodySha, :metadataSha)");
    copies.forEach((report, copy) -> {
      String metadataJson = copy.metadataJson();
      batch.bind("id", report.hex())
          .bind("body", copy.text())
          .bind("metadata", metadataJson)
          .bind("bodySha", copy.textSha().hex())
          .bind("metadataSha", WorkingCopy.hashOf(metadataJson).hex())
          .add();
    });
    batch.execute();
  }

  public Optional<StoredWorkingCopy> find(Sha256 report) {
    return handle.createQuery("SELECT body, metadata_json, body_sha256, metadata_sha256 FROM working_copies "
            + "WHERE report_id = :id")
        .bind("id", report.hex())
        .map((rs, ctx) -> new StoredWorkingCopy(report, rs.getString(1), rs.getString(2),
            new Sha256(rs.getString(3)), new Sha256(rs.getString(4))))
        .findOne();
  }
}
