package org.harmledger.store.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.StorageException;
import org.harmledger.store.Texts;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestOutcome;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerVerifierTest {
  @TempDir
  Path dir;

  private Ledger ledger;
  private Jdbi jdbi;
  private final List<Sha256> ids = new ArrayList<>();

  /** Three reports, each with a received and an extracted entry: custody entries 1..6. */
  @BeforeEach
  void ingestThreeReports() {
    ledger = LedgerFixture.open(dir);
    jdbi = ledger.database().jdbi();
    List<IngestOutcome> outcomes = new ArrayList<>();
    ledger.ingestService(LedgerFixture.NO_ASSERTIONS, LedgerFixture.ACTOR).ingest(Stream.of(
        LedgerFixture.document("a.txt", Texts.MARKET_STORY),
        LedgerFixture.document("b.txt", Texts.MARKET_OTHER_ACCOUNT),
        LedgerFixture.document("c.txt", "A short note on a checkpoint closure.")), outcomes::add);
    outcomes.forEach(o -> ids.add(o.report()));
  }

  private List<String> findings() {
    return ledger.verifier().verify(LedgerFixture.ACTOR).findings().stream().map(Finding::line).toList();
  }

  private String shortId(int i) {
    return ids.get(i).hex().substring(0, 12);
  }

  @Test
  void intactLedger_noFindings_andAVerifiedEntryIsAppended() {
    VerifyResult result = ledger.verifier().verify(LedgerFixture.ACTOR);

    assertThat(result.findings()).isEmpty();
    assertThat(result.intact()).isTrue();
    assertThat(result.reports()).isEqualTo(3);
    assertThat(result.custodyEntries()).isEqualTo(6);
    List<CustodyEntry> verified = jdbi.withHandle(h -> ledger.custody().entriesFor(h, "ledger"));
    assertThat(verified).singleElement().satisfies(e -> {
      assertThat(e.seq()).isEqualTo(7);
      assertThat(e.action()).isEqualTo("verified");
      assertThat(e.details()).isEqualTo("{\"reports\":3,\"custody_entries\":6,\"findings\":0}");
    });
    assertThat(ledger.custody().anchorFile().read().orElseThrow().seq()).isEqualTo(7);
    assertThat(findings()).isEmpty();
  }

  @Test
  void flippedByteInAnOriginal_isFound() throws Exception {
    Path file = ledger.evidence().pathOf(ids.get(1));
    file.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(file);
    bytes[40] ^= 0x20;
    Files.write(file, bytes);

    assertThat(findings()).containsExactly("report " + shortId(1) + ": original altered (expected sha " + ids.get(1)
        + ", found " + Sha256.of(bytes) + ")");
  }

  @Test
  void deletedOriginal_isFound() throws Exception {
    Files.delete(ledger.evidence().pathOf(ids.get(0)));

    assertThat(findings()).singleElement().asString().startsWith("report " + shortId(0) + ": original missing");
  }

  @Test
  void editedWorkingCopy_isFound() {
    jdbi.useHandle(h -> h.execute("UPDATE working_copies SET body = REPLACE(body, 'eleven', 'twelve') WHERE report_id = ?",
        ids.get(0).hex()));

    assertThat(findings()).singleElement().asString()
        .startsWith("report " + shortId(0) + ": working copy text altered (expected sha ");
  }

  @Test
  void deletedCustodyRow_isFound() {
    jdbi.useHandle(h -> h.execute("DELETE FROM custody_entries WHERE seq = 3"));

    assertThat(findings()).containsExactly("custody chain: entry 3 missing");
  }

  @Test
  void editedCustodyRow_isFound() {
    jdbi.useHandle(h -> h.execute("UPDATE custody_entries SET actor = 'cli:someone-else' WHERE seq = 4"));

    assertThat(findings()).containsExactly("custody entry 4: hash mismatch (its content was changed)");
  }

  @Test
  void editedCustodyRowWithRecomputedHash_breaksTheNextLink() {
    jdbi.useHandle(h -> {
      CustodyEntry e = h.createQuery("SELECT seq, recorded_at, actor, action, subject, details, previous_hash, "
              + "entry_hash FROM custody_entries WHERE seq = 2")
          .map((rs, ctx) -> new CustodyEntry(rs.getLong(1), java.time.Instant.parse(rs.getString(2)), "cli:forger",
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
          .one();
      CustodyEntry forged = CustodyEntry.next(new org.harmledger.store.custody.CustodyHead(1, e.previousHash()),
          e.time(), e.actor(), org.harmledger.store.custody.CustodyAction.EXTRACTED, e.subject(), e.details());
      h.execute("UPDATE custody_entries SET actor = ?, entry_hash = ? WHERE seq = 2", forged.actor(), forged.hash());
    });

    assertThat(findings()).containsExactly("custody entry 3: previous hash does not match entry 2");
  }

  @Test
  void truncatedLastEntries_areFoundThroughTheAnchor() {
    jdbi.useHandle(h -> h.execute("DELETE FROM custody_entries WHERE seq >= 5"));

    assertThat(findings()).containsExactly("custody chain: entries 5..6 missing (the anchor records entry 6)");
    // The verified entry now takes seq 5, but the anchor still remembers the lost entry 6.
    assertThat(findings()).containsExactly("custody chain: entry 6 missing (the anchor records entry 6)");
    assertThat(findings()).containsExactly("custody anchor: entry 6 has hash "
        + jdbi.withHandle(h -> h.createQuery("SELECT entry_hash FROM custody_entries WHERE seq = 6")
            .mapTo(String.class).one())
        + " but the anchor records " + ledger.custody().anchorFile().read().orElseThrow().hash());
  }

  @Test
  void deletedAnchor_isFound() throws Exception {
    Files.delete(ledger.custody().anchorFile().file());

    assertThat(findings()).singleElement().asString().startsWith("custody anchor: missing from ");
  }

  @Test
  void ingestAfterTruncation_isRefused_andTheFindingStays() {
    jdbi.useHandle(h -> h.execute("DELETE FROM custody_entries WHERE seq >= 5"));
    var ingest = ledger.ingestService(LedgerFixture.NO_ASSERTIONS, LedgerFixture.ACTOR);

    assertThatThrownBy(() -> ingest.ingest(Stream.of(LedgerFixture.document("d.txt", "A note on a water station.")),
        IngestListener.NONE))
        .isInstanceOf(StorageException.class)
        .hasMessage("custody chain no longer holds its anchored entry 6 (entries deleted or rewritten); run verify");
    assertThat(findings()).containsExactly("custody chain: entries 5..6 missing (the anchor records entry 6)");
  }
}
