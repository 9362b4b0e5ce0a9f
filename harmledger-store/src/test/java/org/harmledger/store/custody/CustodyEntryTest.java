package org.harmledger.store.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustodyEntryTest {
  private static final Instant T = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void next_linksToPreviousAndNumbersOnward() {
    CustodyEntry first = CustodyEntry.next(CustodyHead.GENESIS, T, "cli:ana", CustodyAction.RECEIVED, "abc", "{}");
    CustodyEntry second = CustodyEntry.next(first.head(), T, "cli:ana", CustodyAction.EXTRACTED, "abc", "{}");

    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo("0".repeat(64));
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.action()).isEqualTo("extracted");
    assertThat(first.hashMatches()).isTrue();
    assertThat(second.hashMatches()).isTrue();
  }

  @Test
  void hashMatches_falseWhenAnyFieldChanges() {
    CustodyEntry e = CustodyEntry.next(CustodyHead.GENESIS, T, "cli:ana", CustodyAction.RECEIVED, "abc", "{\"a\":1}");

    assertThat(new CustodyEntry(2, e.time(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash(), e.hash())
        .hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T.plusMillis(1), e.actor(), e.action(), e.subject(), e.details(), e.previousHash(),
        e.hash()).hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T, "cli:bob", e.action(), e.subject(), e.details(), e.previousHash(), e.hash())
        .hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T, e.actor(), "edited", e.subject(), e.details(), e.previousHash(), e.hash())
        .hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T, e.actor(), e.action(), "abd", e.details(), e.previousHash(), e.hash())
        .hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T, e.actor(), e.action(), e.subject(), "{\"a\":2}", e.previousHash(), e.hash())
        .hashMatches()).isFalse();
    assertThat(new CustodyEntry(1, T, e.actor(), e.action(), e.subject(), e.details(), "1".repeat(64), e.hash())
        .hashMatches()).isFalse();
  }

  @Test
  void hash_fieldBoundariesCannotBeShifted() {
    CustodyEntry a = CustodyEntry.next(CustodyHead.GENESIS, T, "cli:ana", CustodyAction.RECEIVED, "ab", "c{}");
    CustodyEntry b = CustodyEntry.next(CustodyHead.GENESIS, T, "cli:ana", CustodyAction.RECEIVED, "abc", "{}");

    assertThat(a.hash()).isNotEqualTo(b.hash());
  }
}
