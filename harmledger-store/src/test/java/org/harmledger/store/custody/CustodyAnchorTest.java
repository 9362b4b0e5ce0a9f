package org.harmledger.store.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyAnchorTest {
  @TempDir
  Path dir;

  @Test
  void read_beforeAnyWrite_isEmpty() {
    assertThat(new CustodyAnchor(dir).read()).isEmpty();
  }

  @Test
  void write_thenRead_givesTheHead() throws Exception {
    CustodyAnchor anchor = new CustodyAnchor(dir);
    anchor.write(new CustodyHead(17, "a".repeat(64)));
    anchor.write(new CustodyHead(18, "b".repeat(64)));

    assertThat(anchor.read()).contains(new CustodyHead(18, "b".repeat(64)));
    assertThat(Files.readString(dir.resolve("custody.anchor"))).isEqualTo("18 " + "b".repeat(64) + "\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("custody.anchor"));
    }
  }

  @Test
  void advance_neverMovesTheAnchorBack() {
    CustodyAnchor anchor = new CustodyAnchor(dir);
    anchor.exclusively(() -> anchor.advance(new CustodyHead(20, "c".repeat(64))));
    anchor.exclusively(() -> anchor.advance(new CustodyHead(12, "d".repeat(64))));

    assertThat(anchor.read()).contains(new CustodyHead(20, "c".repeat(64)));

    anchor.exclusively(() -> anchor.advance(new CustodyHead(21, "e".repeat(64))));
    assertThat(anchor.read()).contains(new CustodyHead(21, "e".repeat(64)));
  }

  @Test
  void exclusively_runsOneActionAtATime() throws Exception {
    CustodyAnchor anchor = new CustodyAnchor(dir);
    java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 50; i++) {
          anchor.exclusively(() -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.yield();
            inside.decrementAndGet();
          });
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void read_malformedFile_namesTheFile() throws Exception {
    Files.writeString(dir.resolve("custody.anchor"), "seventeen");

    assertThatThrownBy(() -> new CustodyAnchor(dir).read())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("custody.anchor is malformed");
  }
}
