package org.harmledger.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Random;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {
  @TempDir
  Path dir;

  @Test
  void put_keepsBytesUnderTheirHashAddress() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    byte[] bytes = "a letter to the Security Council".getBytes(StandardCharsets.UTF_8);

    StoredOriginal stored = store.put(bytes);

    String hex = Sha256.of(bytes).hex();
    Path expected = dir.resolve("evidence").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    assertThat(stored.sha256().hex()).isEqualTo(hex);
    assertThat(stored.written()).isTrue();
    assertThat(store.pathOf(stored.sha256())).isEqualTo(expected);
    assertThat(Files.readAllBytes(expected)).isEqualTo(bytes);
    assertThat(Files.getPosixFilePermissions(expected))
        .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    assertThat(store.read(stored.sha256())).isEqualTo(bytes);
  }

  @Test
  void put_sameBytesAgain_leavesTheFirstFileAndLeavesNoTemporaries() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    byte[] bytes = {1, 2, 3};
    StoredOriginal first = store.put(bytes);
    long modified = Files.getLastModifiedTime(store.pathOf(first.sha256())).toMillis();

    StoredOriginal second = store.put(bytes.clone());
    StoredOriginal third = store.put(new ByteArrayInputStream(bytes));

    assertThat(second.written()).isFalse();
    assertThat(third.written()).isFalse();
    assertThat(third.sha256()).isEqualTo(first.sha256());
    assertThat(Files.getLastModifiedTime(store.pathOf(first.sha256())).toMillis()).isEqualTo(modified);
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(store.pathOf(first.sha256()));
    }
  }

  @Test
  void putStream_hashesWhileCopying_sameAddressAsBytes() {
    byte[] big = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(big);
    EvidenceStore store = new EvidenceStore(dir);

    StoredOriginal stored = store.put(new ByteArrayInputStream(big));

    assertThat(stored.sha256()).isEqualTo(Sha256.of(big));
    assertThat(stored.byteSize()).isEqualTo(big.length);
    assertThat(store.read(stored.sha256())).isEqualTo(big);
  }

  @Test
  void read_flippedByte_isReportedAsAltered() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    Sha256 sha = store.put("original text".getBytes(StandardCharsets.UTF_8)).sha256();
    Path file = store.pathOf(sha);
    file.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(file);
    bytes[0] ^= 1;
    Files.write(file, bytes);

    assertThatThrownBy(() -> store.read(sha))
        .isInstanceOf(EvidenceAlteredException.class)
        .hasMessage("original altered (expected sha " + sha + ", found " + Sha256.of(bytes) + ")");
    assertThat(store.rehash(sha)).contains(Sha256.of(bytes));
  }

  @Test
  void read_missingOriginal_namesIt() {
    EvidenceStore store = new EvidenceStore(dir);
    Sha256 sha = Sha256.of(new byte[] {9});

    assertThatThrownBy(() -> store.read(sha)).isInstanceOf(StorageException.class).hasMessageContaining(sha.hex());
    assertThat(store.rehash(sha)).isEmpty();
  }

  @Test
  void putStream_failingSource_keepsCauseAndStoresNothing() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    InputStream broken = new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk unplugged");
      }
    };

    assertThatThrownBy(() -> store.put(broken))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("disk unplugged")
        .hasCauseInstanceOf(java.io.IOException.class);
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
