package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.Texts;
import org.harmledger.store.duplicate.MinHashSignature;
import org.harmledger.store.duplicate.MinHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintRepositoryTest {
  @TempDir
  Path dir;

  @Test
  void candidates_shareABand_andComeBackWithSignatures() {
    Database db = Database.open(TestDatabases.config(dir));
    MinHasher hasher = new MinHasher();
    MinHashSignature story = hasher.sign(Texts.MARKET_STORY).orElseThrow();
    MinHashSignature other = hasher.sign(Texts.MARKET_OTHER_ACCOUNT).orElseThrow();
    Sha256 storyId = Sha256.of(new byte[] {1});
    Sha256 otherId = Sha256.of(new byte[] {2});

    db.jdbi().useTransaction(h -> {
      new ReportRepository(h).insert(new Report(storyId, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH,
          null), 1);
      new ReportRepository(h).insert(new Report(otherId, null, "text/plain", 1, ReportMetadata.empty(), Instant.EPOCH,
          null), 2);
      FingerprintRepository fingerprints = new FingerprintRepository(h);
      fingerprints.insert(storyId, story);
      fingerprints.insert(otherId, other);

      assertThat(fingerprints.candidates(hasher.sign(Texts.MARKET_REPUBLISHED).orElseThrow()))
          .containsExactly(new FingerprintRepository.Candidate(storyId, 1, null, story));
      assertThat(h.createQuery("SELECT COUNT(*) FROM minhash_bands").mapTo(Integer.class).one())
          .isEqualTo(2 * MinHasher.BANDS);
    });
  }

  @Test
  void byBand_looksUpSeveralTextsAtOnce_eachCandidateOnceEarliestFirst() {
    Database db = Database.open(TestDatabases.config(dir));
    MinHasher hasher = new MinHasher();
    MinHashSignature story = hasher.sign(Texts.MARKET_STORY).orElseThrow();
    MinHashSignature other = hasher.sign(Texts.MARKET_OTHER_ACCOUNT).orElseThrow();
    MinHashSignature republished = hasher.sign(Texts.MARKET_REPUBLISHED).orElseThrow();
    Sha256 storyId = Sha256.of(new byte[] {1});
    Sha256 otherId = Sha256.of(new byte[] {2});

    db.jdbi().useTransaction(h -> {
      new ReportRepository(h).insertAll(List.of(
          new ReportRepository.Numbered(new Report(otherId, null, "text/plain", 1, ReportMetadata.empty(),
              Instant.EPOCH, null), 7),
          new ReportRepository.Numbered(new Report(storyId, null, "text/plain", 1, ReportMetadata.empty(),
              Instant.EPOCH, null), 3)));
      Map<Sha256, MinHashSignature> signatures = new LinkedHashMap<>();
      signatures.put(otherId, other);
      signatures.put(storyId, story);
      FingerprintRepository fingerprints = new FingerprintRepository(h);
      fingerprints.insertAll(signatures);

      List<String> keys = new ArrayList<>(republished.bandKeys());
      keys.addAll(other.bandKeys());
      Map<String, List<FingerprintRepository.Candidate>> byBand = fingerprints.byBand(keys);

      assertThat(FingerprintRepository.of(republished, byBand)).first()
          .isEqualTo(new FingerprintRepository.Candidate(storyId, 3, null, story));
      assertThat(FingerprintRepository.of(other, byBand))
          .extracting(FingerprintRepository.Candidate::report).contains(otherId).doesNotHaveDuplicates();
      assertThat(FingerprintRepository.of(other, byBand))
          .isSortedAccordingTo(Comparator.comparingLong(FingerprintRepository.Candidate::number));
      assertThat(byBand).doesNotContainKey("no-such-band");
      assertThat(h.createQuery("SELECT COUNT(*) FROM minhash_signatures").mapTo(Integer.class).one()).isEqualTo(2);
    });
  }
}
