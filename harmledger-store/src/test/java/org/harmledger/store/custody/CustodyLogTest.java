package org.harmledger.store.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyLogTest {
  @TempDir
  Path dir;

  private static ObjectNode details(String key, String value) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put(key, value);
    return o;
  }

  @Test
  void append_chainsEntriesWithClockTimeAndJsonDetails() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    Jdbi jdbi = ledger.database().jdbi();

    jdbi.useTransaction(h -> {
      log.append(h, "cli:ana", CustodyAction.RECEIVED, "r1", details("source", "a.txt"));
      log.append(h, "cli:ana", CustodyAction.EXTRACTED, "r1", details("rules", "x"));
      log.append(h, "cli:ana", CustodyAction.RECEIVED, "r2", details("source", "b.txt"));
    });

    List<CustodyEntry> all = new ArrayList<>();
    jdbi.useHandle(h -> log.forEach(h, all::add));
    assertThat(all).extracting(CustodyEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(all.get(1).previousHash()).isEqualTo(all.get(0).hash());
    assertThat(all.get(2).previousHash()).isEqualTo(all.get(1).hash());
    assertThat(all).allMatch(CustodyEntry::hashMatches);
    assertThat(all.get(0).time()).isEqualTo(LedgerFixture.CLOCK.instant());
    assertThat(all.get(0).details()).isEqualTo("{\"source\":\"a.txt\"}");
    List<CustodyEntry> r1 = jdbi.withHandle(h -> log.entriesFor(h, "r1"));
    assertThat(r1).extracting(CustodyEntry::action)
        .containsExactly("received", "extracted");
  }

  @Test
  void deferringAppender_writesAtFlush_andChainsLikeTheImmediateOne() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    Jdbi jdbi = ledger.database().jdbi();

    long beforeFlush = jdbi.inTransaction(h -> {
      log.append(h, "cli:ana", CustodyAction.RECEIVED, "r0", details("source", "z.txt"));
      CustodyAppender appender = log.deferringAppender(h);
      appender.append("cli:ana", CustodyAction.RECEIVED, "r1", details("source", "a.txt"));
      appender.append("cli:ana", CustodyAction.EXTRACTED, "r1", details("rules", "x"));
      long count = h.createQuery("SELECT COUNT(*) FROM custody_entries").mapTo(Long.class).one();
      appender.flush();
      appender.flush();
      return count;
    });

    List<CustodyEntry> all = new ArrayList<>();
    jdbi.useHandle(h -> log.forEach(h, all::add));
    assertThat(beforeFlush).isEqualTo(1);
    assertThat(all).extracting(CustodyEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(all.get(1).previousHash()).isEqualTo(all.get(0).hash());
    assertThat(all.get(2).previousHash()).isEqualTo(all.get(1).hash());
    assertThat(all).allMatch(CustodyEntry::hashMatches);
  }

  @Test
  void latestOf_tellsWhichActionCameLast() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    Jdbi jdbi = ledger.database().jdbi();

    Optional<CustodyAction> none = jdbi.withHandle(h -> log.latestOf(h, CustodyAction.EXTRACTED, CustodyAction.RESOLVED));
    assertThat(none).isEmpty();
    jdbi.useTransaction(h -> {
      log.append(h, "cli:ana", CustodyAction.EXTRACTED, "r1", details("rules", "x"));
      log.append(h, "cli:ana", CustodyAction.RESOLVED, "incidents", details("n", "1"));
      log.append(h, "cli:ana", CustodyAction.EXTRACTED, "r2", details("rules", "x"));
      log.append(h, "cli:ana", CustodyAction.VERIFIED, "ledger", details("a", "b"));
    });

    Optional<CustodyAction> either = jdbi.withHandle(h -> log.latestOf(h, CustodyAction.EXTRACTED, CustodyAction.RESOLVED));
    Optional<CustodyAction> resolved = jdbi.withHandle(h -> log.latestOf(h, CustodyAction.RESOLVED));
    assertThat(either).contains(CustodyAction.EXTRACTED);
    assertThat(resolved).contains(CustodyAction.RESOLVED);
  }

  @Test
  void anchor_recordsCommittedHead() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    Jdbi jdbi = ledger.database().jdbi();
    CustodyEntry last = jdbi.inTransaction(h -> {
      log.append(h, "cli:ana", CustodyAction.RECEIVED, "r1", details("a", "b"));
      return log.append(h, "cli:ana", CustodyAction.VERIFIED, "ledger", details("a", "b"));
    });

    log.anchor(jdbi);

    assertThat(log.anchorFile().read()).contains(last.head());
  }

  @Test
  void anchor_chainNoLongerHoldingTheAnchoredEntry_keepsTheOldAnchorAsEvidence() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    Jdbi jdbi = ledger.database().jdbi();
    jdbi.useTransaction(h -> {
      for (int i = 0; i < 3; i++) {
        log.append(h, "cli:ana", CustodyAction.RECEIVED, "r" + i, details("a", "b"));
      }
    });
    log.anchor(jdbi);
    CustodyHead anchored = log.anchorFile().read().orElseThrow();
    jdbi.useHandle(h -> h.execute("DELETE FROM custody_entries WHERE seq >= 2"));
    jdbi.useTransaction(h -> {
      for (int i = 0; i < 4; i++) {
        log.append(h, "cli:ana", CustodyAction.RECEIVED, "s" + i, details("a", "b"));
      }
    });

    log.anchor(jdbi);

    assertThat(log.anchorFile().read()).contains(anchored);
  }
}
