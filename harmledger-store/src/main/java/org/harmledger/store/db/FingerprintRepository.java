package org.harmledger.store.db;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.harmledger.store.duplicate.MinHashSignature;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * A FingerprintRepository keeps each report's MinHash signature and its LSH band keys, so that
 * reports sharing a band are found by an index lookup rather than a scan.
 */
public final class FingerprintRepository {
  private final Handle handle;

  public FingerprintRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public void insert(Sha256 report, MinHashSignature signature) {
    handle.createUpdate("INSERT INTO minhash_signatures (report_id, signature) VALUES (:id, :signature)")
        .bind("id", report.hex())
        .bind("signature", signature.encode())
        .execute();
    // One multi-row statement rather than a batch of one row per band: a single prepare and step.
    List<String> keys = signature.bandKeys();
    StringBuilder sql = new StringBuilder("INSERT INTO minhash_bands (band_key, report_id) VALUES ");
    for (int i = 0; i < keys.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?)");
    }
    Update insert = handle.createUpdate(sql.toString());
    for (int i = 0; i < keys.size(); i++) {
      insert.bind(2 * i, keys.get(i)).bind(2 * i + 1, report.hex());
    }
    insert.execute();
  }

  /** Stored reports that share at least one band with {@code signature}, earliest first. */
  public List<Candidate> candidates(MinHashSignature signature) {
    return handle.createQuery("SELECT r.id, r.republication_of, s.signature FROM reports r "
            + "JOIN minhash_signatures s ON s.report_id = r.id "
            + "WHERE r.id IN (SELECT b.report_id FROM minhash_bands b WHERE b.band_key IN (<keys>)) "
            + "ORDER BY r.report_no")
        .bindList("keys", signature.bandKeys())
        .map((rs, ctx) -> {
          String root = rs.getString(2);
          return new Candidate(new Sha256(rs.getString(1)), root == null ? null : new Sha256(root),
              MinHashSignature.decode(rs.getString(3)));
        })
        .list();
  }

  /** A Candidate is a stored report whose signature shares a band with the one looked up. */
  public record Candidate(Sha256 report, Sha256 republicationOf, MinHashSignature signature) {}
}
