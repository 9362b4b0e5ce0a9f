package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void help_namesPortAndHost() {
    Cli.Result r = Cli.run("serve", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--port=N", "--host=ADDRESS", "127.0.0.1");
  }

  @Test
  void portOutOfRange_isOneLineAndExitOne() {
    Cli.Result r = Cli.run("--data", dir.toString(), "serve", "--port", "70000");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("harmledger: port must be 0..65535 but was 70000");
  }
}
