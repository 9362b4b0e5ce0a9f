package org.harmledger.store.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.model.Sha256;
import org.harmledger.store.db.FingerprintRepository;
import org.harmledger.store.db.FingerprintRepository.Candidate;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.duplicate.MinHasher;
import org.jdbi.v3.core.Handle;

/**
 * NearDuplicates answers "which earlier report does this text republish?" for one ingest batch:
 * the stored reports sharing a band with any text of the batch are looked up at once, and each
 * report the batch stores is added as it is recorded, so a later text of the same batch can match
 * it too. Candidates are tried earliest first, as a lookup per report would.
 */
final class NearDuplicates {
  private final Map<String, List<Candidate>> byBand;

  private NearDuplicates(Map<String, List<Candidate>> byBand) {
    this.byBand = byBand;
  }

  /** The stored candidates of every signature in {@code signatures}, read within the transaction of {@code handle}. */
  static NearDuplicates lookUp(Handle handle, Collection<MinHashSignature> signatures) {
    List<String> keys = new ArrayList<>();
    for (MinHashSignature signature : signatures) {
      keys.addAll(signature.bandKeys());
    }
    return new NearDuplicates(keys.isEmpty() ? new HashMap<>() : new FingerprintRepository(handle).byBand(keys));
  }

  /** The earliest report {@code signature} republishes (following links to the first one), or null. */
  Sha256 earliest(MinHashSignature signature) {
    for (Candidate c : FingerprintRepository.of(signature, byBand)) {
      if (signature.similarity(c.signature()) >= MinHasher.THRESHOLD) {
        return c.republicationOf() == null ? c.report() : c.republicationOf();
      }
    }
    return null;
  }

  /** Makes a report stored by this batch a candidate for the texts after it. */
  void add(Sha256 report, long number, Sha256 republicationOf, MinHashSignature signature) {
    Candidate candidate = new Candidate(report, number, republicationOf, signature);
    for (String key : signature.bandKeys()) {
      byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
    }
  }
}
