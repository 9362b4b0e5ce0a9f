package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {
  @TempDir
  Path dir;

  private static void write(Path target) throws Exception {
    try (BundleSink sink = BundleSink.open(target)) {
      sink.put("b/x.txt", "x".getBytes(StandardCharsets.UTF_8));
      sink.put("a.txt", "a".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void folderAndZip_samePathsAndBytes() throws Exception {
    write(dir.resolve("folder"));
    write(dir.resolve("bundle.zip"));

    for (Path p : new Path[] {dir.resolve("folder"), dir.resolve("bundle.zip")}) {
      try (BundleReader r = BundleReader.open(p)) {
        assertThat(r.paths()).containsExactly("a.txt", "b/x.txt");
        assertThat(r.read("b/x.txt")).hasValueSatisfying(b -> assertThat(b).containsExactly('x'));
        assertThat(r.read("c.txt")).isEmpty();
      }
    }
  }

  @Test
  void open_missing_orExistingTarget_refused() throws Exception {
    write(dir.resolve("bundle.zip"));

    assertThatThrownBy(() -> BundleReader.open(dir.resolve("none"))).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> BundleSink.open(dir.resolve("bundle.zip")))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }
}
