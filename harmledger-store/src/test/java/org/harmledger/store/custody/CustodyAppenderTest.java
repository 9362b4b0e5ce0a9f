package org.harmledger.store.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyAppenderTest {
  @TempDir
  Path dir;

  @Test
  void append_continuesTheStoredChain_acrossTransactions() {
    Ledger ledger = LedgerFixture.open(dir);
    CustodyLog log = ledger.custody();
    var details = JsonNodeFactory.instance.objectNode();
    ledger.database().jdbi().useTransaction(h -> log.append(h, "a", CustodyAction.RECEIVED, "r1", details));

    List<CustodyEntry> appended = ledger.database().jdbi().inTransaction(h -> {
      CustodyAppender appender = log.appender(h);
      List<CustodyEntry> entries = new ArrayList<>();
      entries.add(appender.append("a", CustodyAction.EXTRACTED, "r1", details));
      entries.add(appender.append("a", CustodyAction.EXPORTED, "r1", details));
      return entries;
    });

    List<CustodyEntry> all = new ArrayList<>();
    ledger.database().jdbi().useHandle(h -> log.forEach(h, all::add));
    assertThat(all).extracting(CustodyEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(all.subList(1, 3)).isEqualTo(appended);
    assertThat(all.get(1).previousHash()).isEqualTo(all.get(0).hash());
    assertThat(all.get(2).previousHash()).isEqualTo(all.get(1).hash());
  }
}
