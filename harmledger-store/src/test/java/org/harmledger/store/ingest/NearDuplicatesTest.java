package org.harmledger.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.Texts;
import org.harmledger.store.db.FingerprintRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.duplicate.MinHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicatesTest {
  private static final MinHasher HASHER = new MinHasher();

  @TempDir
  Path dir;

  @Test
  void earliest_findsStoredReports_thenReportsAddedByTheBatch_followingLinksToTheFirst() {
    MinHashSignature story = HASHER.sign(Texts.MARKET_STORY).orElseThrow();
    MinHashSignature republished = HASHER.sign(Texts.MARKET_REPUBLISHED).orElseThrow();
    MinHashSignature other = HASHER.sign(Texts.MARKET_OTHER_ACCOUNT).orElseThrow();
    Sha256 stored = Sha256.of(new byte[] {1});
    Sha256 wire = Sha256.of(new byte[] {2});
    Sha256 ngo = Sha256.of(new byte[] {3});
    try (Ledger ledger = LedgerFixture.open(dir)) {
      ledger.database().jdbi().useTransaction(h -> {
        new ReportRepository(h).insert(new Report(stored, null, "text/plain", 1, ReportMetadata.empty(),
            Instant.EPOCH, null), 5);
        new FingerprintRepository(h).insert(stored, story);

        NearDuplicates near = NearDuplicates.lookUp(h, List.of(republished, other));
        assertThat(near.earliest(republished)).isEqualTo(stored);
        assertThat(near.earliest(other)).isNull();

        // A report stored by this batch counts for the texts after it, and its own link is followed.
        near.add(wire, 6, stored, republished);
        near.add(ngo, 7, null, other);
        assertThat(near.earliest(republished)).isEqualTo(stored);
        assertThat(near.earliest(other)).isEqualTo(ngo);
      });
    }
  }

  @Test
  void lookUp_withNoSignatures_findsNothing() {
    try (Ledger ledger = LedgerFixture.open(dir)) {
      ledger.database().jdbi().useHandle(h -> {
        NearDuplicates near = NearDuplicates.lookUp(h, List.of());
        assertThat(near.earliest(HASHER.sign(Texts.MARKET_STORY).orElseThrow())).isNull();
      });
    }
  }
}
