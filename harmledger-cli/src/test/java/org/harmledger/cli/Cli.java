package org.harmledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.harmledger.store.TestDatabases;
import picocli.CommandLine;

/**
 * Cli runs the harmledger command in-process with captured output, as tests need it, on the test
 * run's database ({@link TestDatabases} prepares every {@code --data} folder named).
 */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--data")) {
        TestDatabases.prepare(java.nio.file.Path.of(args[i + 1]));
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
