package org.harmledger.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgresServer is a throwaway PostgreSQL server that a test starts, stops and restarts itself,
 * in a folder of its own on a free loopback port, from the binaries named by
 * {@code HARMLEDGER_TEST_PG_BIN} or found under {@code /usr/lib/postgresql/VERSION/bin}. The server
 * refuses to run as root, so as root it runs as the {@code postgres} account (as {@code .ci/run}
 * does). Close it to stop the server and delete its folder.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String BIN_ENV = "HARMLEDGER_TEST_PG_BIN";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgres;

  private PostgresServer(Path bin, Path dir, int port, boolean asPostgres) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** The folder of the PostgreSQL binaries, if this machine has them. */
  public static Optional<Path> binaries() {
    String configured = System.getenv(BIN_ENV);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(p -> Files.isExecutable(p.resolve("initdb")));
    }
    Path installed = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(installed)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(p -> Files.isExecutable(p.resolve("initdb")))
          .max(Comparator.comparing(p -> versionOf(p.getParent())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString().replaceAll("\\..*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Creates a cluster with a trusted {@code postgres} user in a new folder and starts it. */
  public static PostgresServer start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("harmledger-pg-test-");
    PostgresServer server = new PostgresServer(bin, dir, freePort(), root);
    if (root) {
      server.run(List.of("chown", "postgres", dir.toString()), false);
    }
    server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
        "-U", "postgres"), true);
    server.startAgain();
    return server;
  }

  /** A JDBC URL of the server's {@code postgres} database. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /** Starts the (stopped) server and waits until it accepts connections. */
  public void startAgain() throws IOException, InterruptedException {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("server.log").toString(), "-w", "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"), true);
  }

  /** Stops the server, ending its sessions at once (a fast shutdown, as an administrator's restart does). */
  public void stop() throws IOException, InterruptedException {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
        "stop"), true);
  }

  @Override
  public void close() throws IOException {
    try {
      if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the test server in " + dir, e);
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asServerUser && asPostgres) {
      full.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", String.join(" ", command.stream()
          .map(a -> "'" + a.replace("'", "'\\''") + "'").toList())));
    } else {
      full.addAll(command);
    }
    Process process = new ProcessBuilder(full).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile()))
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish within 120 s");
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
          + Files.readString(dir.resolve("commands.log")).strip());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
