package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
  private static final InputStream STDIN = System.in;

  @TempDir
  Path dir;

  @AfterEach
  void restoreStdin() {
    System.setIn(STDIN);
  }

  private Cli.Result withStdin(String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    return Cli.run(args);
  }

  @Test
  void add_readsThePasswordFromStandardInput_andListShowsTheAccount() {
    String data = dir.resolve("data").toString();

    Cli.Result added = withStdin("a long enough password\n", "--data", data, "user", "add", "amira", "--role", "reviewer");
    Cli.Result listed = Cli.run("--data", data, "user", "list");

    assertThat(added.exit()).isZero();
    assertThat(added.out().strip()).isEqualTo("added amira (reviewer)");
    assertThat(listed.out()).startsWith("amira\treviewer\t").doesNotContain("password");
  }

  @Test
  void add_refusesAnUnknownRoleAShortPasswordOrNone() {
    String data = dir.resolve("data").toString();

    Cli.Result role = withStdin("a long enough password\n", "--data", data, "user", "add", "amira", "--role", "boss");
    Cli.Result shortPassword = withStdin("short\n", "--data", data, "user", "add", "amira", "--role", "reader");
    Cli.Result none = withStdin("", "--data", data, "user", "add", "amira", "--role", "reader");

    assertThat(role.exit()).isEqualTo(1);
    assertThat(role.err()).startsWith("harmledger: user add: unknown role 'boss'");
    assertThat(shortPassword.err().strip()).isEqualTo("harmledger: user add: password must have at least 10 characters");
    assertThat(none.err()).contains("no password");
  }

  @Test
  void add_hasNoPasswordOption() {
    Cli.Result r = Cli.run("--data", dir.resolve("data").toString(), "user", "add", "amira", "--role", "reader",
        "--password", "a long enough password");

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("--password");
  }
}
