package org.harmledger.cli;

import picocli.CommandLine;

/** Main is the entry point of the runnable jar: it runs the {@code harmledger} command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line: subcommands, and errors from storage or input printed as one line
   * ({@code harmledger: <reason>}) with exit code 1 instead of a stack trace. Each execution closes
   * the ledger its subcommand opened before it returns.
   */
  public static CommandLine commandLine() {
    HarmLedgerCommand root = new HarmLedgerCommand();
    CommandLine cli = new CommandLine(root);
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    cli.setExecutionStrategy(parseResult -> {
      try (root) {
        return runLast.execute(parseResult);
      }
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      commandLine.getErr().println("harmledger: " + message.replaceAll("\\s+", " ").strip());
      return 1;
    });
    return cli;
  }
}
