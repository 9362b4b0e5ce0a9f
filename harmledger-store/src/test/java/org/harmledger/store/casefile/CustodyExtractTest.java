package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.verify.Finding;
import org.junit.jupiter.api.Test;

class CustodyExtractTest {
  private static List<CustodyEntry> chain(int n) {
    List<CustodyEntry> chain = new ArrayList<>();
    CustodyHead head = CustodyHead.GENESIS;
    for (int i = 0; i < n; i++) {
      CustodyEntry e = CustodyEntry.next(head, Instant.parse("2026-03-01T10:15:30Z"), "a", CustodyAction.RECEIVED,
          "s" + i, "{}");
      chain.add(e);
      head = e.head();
    }
    return chain;
  }

  private static List<String> check(List<CustodyEntry> entries, String chainText) {
    return CustodyExtract.check(CustodyExtract.entries(entries), chainText.getBytes(StandardCharsets.UTF_8))
        .stream().map(Finding::line).toList();
  }

  @Test
  void check_entriesInTheirChain_noFinding() {
    List<CustodyEntry> chain = chain(4);

    assertThat(check(List.of(chain.get(1), chain.get(3)), new String(CustodyExtract.chain(chain),
        StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void check_linkRewritten_namesTheEntry() {
    List<CustodyEntry> chain = chain(3);
    String text = new String(CustodyExtract.chain(chain), StandardCharsets.UTF_8)
        .replace("2 " + chain.get(0).hash(), "2 " + "f".repeat(64));

    assertThat(check(List.of(chain.get(1)), text)).containsExactly(
        "custody entry 2: previous hash does not match entry 1",
        "custody entry 2: does not match its link in the chain");
  }

  @Test
  void check_entryNotInChain_named() {
    List<CustodyEntry> chain = chain(3);
    String shortened = new String(CustodyExtract.chain(chain.subList(0, 2)), StandardCharsets.UTF_8);

    assertThat(check(List.of(chain.get(2)), shortened)).containsExactly("custody entry 3: not in the chain");
  }
}
