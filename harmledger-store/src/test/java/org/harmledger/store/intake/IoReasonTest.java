package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoReasonTest {

  @Test
  void fileSystemErrorsAreWordedWithoutRepeatingThePath() {
    assertThat(IoReason.of(new NoSuchFileException("/x/a.txt"))).isEqualTo("no such file");
    assertThat(IoReason.of(new AccessDeniedException("/x/a.txt"))).isEqualTo("permission denied");
    assertThat(IoReason.of(new FileSystemException("/x/a.txt", null, "Is a directory"))).isEqualTo("Is a directory");
    assertThat(IoReason.of(new IOException("Input/output error"))).isEqualTo("Input/output error");
    assertThat(IoReason.of(new IOException())).isEqualTo("IOException");
  }
}
