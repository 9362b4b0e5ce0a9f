package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.store.ingest.IngestDocument;
import org.harmledger.store.ingest.IngestFailure;
import org.harmledger.store.ingest.IngestInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextInputsTest {
  @TempDir
  Path dir;

  @Test
  void read_walksFoldersInNameOrder_andNamesEachBadFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("b.txt"), "second");
    Files.writeString(folder.resolve("a.txt"), "first \u062f\u064a\u0631");
    Files.write(folder.resolve("c.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    Files.write(folder.resolve("d.txt"), new byte[0]);

    List<IngestInput> inputs = new PlainTextInputs().read(List.of(folder, dir.resolve("missing.txt"))).toList();

    assertThat(inputs).extracting(IngestInput::source).containsExactly(
        folder.resolve("a.txt").toString(), folder.resolve("b.txt").toString(), folder.resolve("c.bin").toString(),
        folder.resolve("d.txt").toString(), dir.resolve("missing.txt").toString());
    assertThat(((IngestDocument) inputs.get(0)).text()).isEqualTo("first \u062f\u064a\u0631");
    assertThat(inputs.subList(2, 5)).extracting(i -> ((IngestFailure) i).reason())
        .containsExactly("not UTF-8 text", "empty file", "no such file");
  }
}
