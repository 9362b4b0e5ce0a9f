package org.harmledger.store.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.harmledger.store.duplicate.MinHashSignature;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
    insertAll(Map.of(report, signature));
  }

  /** Inserts the signatures and band keys of several reports with one batched statement each. */
  public void insertAll(Map<Sha256, MinHashSignature> signatures) {
    if (signatures.isEmpty()) {
      return;
    }
    PreparedBatch rows = handle.prepareBatch("INSERT INTO minhash_signatures (report_id, signature) "
        + "VALUES (:id, :signature)");
    PreparedBatch bands = handle.prepareBatch("INSERT INTO minhash_bands (band_key, report_id) VALUES (:key, :id)");
    signatures.forEach((report, signature) -> {
      rows.bind("id", report.hex()).bind("signature", signature.encode()).add();
      for (String key : signature.bandKeys()) {
        bands.bind("key", key).bind("id", report.hex()).add();
      }
    });
    rows.execute();
    bands.execute();
  }

  /** Stored reports that share at least one band with {@code signature}, earliest first. */
  public List<Candidate> candidates(MinHashSignature signature) {
    return of(signature, byBand(signature.bandKeys()));
  }

  /**
   * The stored reports in each of {@code bandKeys}, earliest first within a band: one query per
   * {@value InLists#MAX} keys, so a batch of texts is looked up at once.
   */
  public Map<String, List<Candidate>> byBand(Collection<String> bandKeys) {
    Map<String, List<Candidate>> byBand = new HashMap<>();
    Map<Sha256, Candidate> seen = new HashMap<>();
    for (List<String> chunk : InLists.chunks(bandKeys.stream().distinct().toList())) {
      handle.createQuery("SELECT b.band_key, r.id, r.report_no, r.republication_of, s.signature FROM minhash_bands b "
              + "JOIN reports r ON r.id = b.report_id JOIN minhash_signatures s ON s.report_id = r.id "
              + "WHERE b.band_key IN (<keys>) ORDER BY r.report_no")
          .bindList("keys", chunk)
          .map((rs, ctx) -> {
            Sha256 id = new Sha256(rs.getString(2));
            Candidate candidate = seen.get(id);
            if (candidate == null) {
              String root = rs.getString(4);
              candidate = new Candidate(id, rs.getLong(3), root == null ? null : new Sha256(root),
                  MinHashSignature.decode(rs.getString(5)));
              seen.put(id, candidate);
            }
            return Map.entry(rs.getString(1), candidate);
          })
          .forEach(e -> byBand.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    return byBand;
  }

  /** The candidates among {@code byBand} that share a band with {@code signature}, each once, earliest first. */
  public static List<Candidate> of(MinHashSignature signature, Map<String, List<Candidate>> byBand) {
    Map<Sha256, Candidate> found = new LinkedHashMap<>();
    for (String key : signature.bandKeys()) {
      for (Candidate c : byBand.getOrDefault(key, List.of())) {
        found.putIfAbsent(c.report(), c);
      }
    }
    List<Candidate> ordered = new ArrayList<>(found.values());
    ordered.sort(Comparator.comparingLong(Candidate::number));
    return ordered;
  }

  /**
   * A Candidate is a stored report whose signature shares a band with the one looked up, with its
   * number in order of arrival.
   */
  public record Candidate(Sha256 report, long number, Sha256 republicationOf, MinHashSignature signature) {}
}
