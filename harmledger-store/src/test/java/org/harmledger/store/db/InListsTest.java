package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;

class InListsTest {
  @Test
  void chunks_splitAtTheLimit_keepOrder_andNothingGivesNoChunk() {
    List<Integer> values = IntStream.range(0, 2 * InLists.MAX + 1).boxed().toList();

    List<List<Integer>> chunks = InLists.chunks(values);

    assertThat(chunks).extracting(List::size).containsExactly(InLists.MAX, InLists.MAX, 1);
    assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
    assertThat(InLists.chunks(List.of())).isEmpty();
    assertThat(InLists.chunks(List.of(1, 2, 3), 2)).containsExactly(List.of(1, 2), List.of(3));
  }

  @Test
  void hexChunks_giveEachIdOnce() {
    Sha256 a = Sha256.of(new byte[] {1});
    Sha256 b = Sha256.of(new byte[] {2});

    assertThat(InLists.hexChunks(List.of(a, b, a))).containsExactly(List.of(a.hex(), b.hex()));
  }
}
