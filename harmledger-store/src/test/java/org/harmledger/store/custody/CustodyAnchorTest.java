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
  void read_malformedFile_namesTheFile() throws Exception {
    Files.writeString(dir.resolve("custody.anchor"), "seventeen");

    assertThatThrownBy(() -> new CustodyAnchor(dir).read())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("custody.anchor is malformed");
  }
}
