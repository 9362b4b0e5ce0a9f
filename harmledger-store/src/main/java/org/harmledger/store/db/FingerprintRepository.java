package org.harmledger.store.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmledger.model.Sha256;
import org.harmledger.store.duplicate.MinHashSignature;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A FingerprintRepository keeps each report's MinHash signature and its LSH band keys, so that
 * reports sharing a band are found by an index lookup rather than a scan.
 */
public final class FingerprintRepository {
  /** Band keys per lookup: PostgreSQL still probes the index for 500, and scans the table for 1,000. */
  static final int KEYS_PER_LOOKUP = 500;

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
   * The stored reports in each of {@code bandKeys}, earliest first within a band, so a batch of
   * texts is looked up at once. Two steps, each kept to an index lookup: the reports in the bands
   * ({@value #KEYS_PER_LOOKUP} keys a query; with many more PostgreSQL scans the whole band table
   * instead), then the signatures of just those reports, usually few or none.
   */
  public Map<String, List<Candidate>> byBand(Collection<String> bandKeys) {
    Map<String, List<Sha256>> reportsByBand = new HashMap<>();
    for (List<String> chunk : InLists.chunks(bandKeys.stream().distinct().toList(), KEYS_PER_LOOKUP)) {
      handle.createQuery("SELECT band_key, report_id FROM minhash_bands WHERE band_key IN (<keys>)")
          .bindList("keys", chunk)
          .map((rs, ctx) -> Map.entry(rs.getString(1), new Sha256(rs.getString(2))))
          .forEach(e -> reportsByBand.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    Map<Sha256, Candidate> candidates = new HashMap<>();
    Set<Sha256> reports = new HashSet<>();
    reportsByBand.values().forEach(reports::addAll);
    for (List<String> chunk : InLists.hexChunks(reports)) {
      handle.createQuery("SELECT r.id, r.report_no, r.republication_of, s.signature FROM reports r "
              + "JOIN minhash_signatures s ON s.report_id = r.id WHERE r.id IN (<ids>)")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String root = rs.getString(3);
            return new Candidate(new Sha256(rs.getString(1)), rs.getLong(2), root == null ? null : new Sha256(root),
                MinHashSignature.decode(rs.getString(4)));
          })
          .forEach(c -> candidates.put(c.report(), c));
    }
    Map<String, List<Candidate>> byBand = new HashMap<>();
    reportsByBand.forEach((key, ids) -> {
      List<Candidate> band = new ArrayList<>();
      for (Sha256 id : ids) {
        Candidate c = candidates.get(id);
        if (c != null) {
          band.add(c);
        }
      }
      band.sort(Comparator.comparingLong(Candidate::number));
      byBand.put(key, band);
    });
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
