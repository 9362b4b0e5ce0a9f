package org.harmledger.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Account;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.accounts.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** UserCommand manages the accounts that sign in to the web application. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage web accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class})
final class UserCommand {
  @ParentCommand
  HarmLedgerCommand root;

  /**
   * Adds an account. The password is read from the environment variable
   * {@value #PASSWORD_VARIABLE} or else the first line of standard input, never from an argument,
   * where it would show in the process list and the shell history.
   */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add an account; the password comes from HARMLEDGER_PASSWORD or the first line of standard input.")
  static final class Add implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "HARMLEDGER_PASSWORD";

    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Account name: lowercase letters, digits, '.', '-', '_'.")
    private String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reader, recorder, reviewer or admin.")
    private String role;

    @Override
    public Integer call() {
      Role parsed;
      char[] password;
      try {
        parsed = Role.fromCode(role);
        password = password();
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("harmledger: user add: " + e.getMessage());
        return 1;
      }
      Ledger ledger = user.root.ledger();
      try {
        Account account = new AccountStore(ledger.database().jdbi(), Wiring.clock()).add(name, parsed, password);
        spec.commandLine().getOut().println("added " + account.name() + " (" + account.role().code() + ")");
        spec.commandLine().getOut().flush();
        return 0;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("harmledger: user add: " + e.getMessage());
        return 1;
      } finally {
        java.util.Arrays.fill(password, '\0');
      }
    }

    private static char[] password() {
      String fromEnv = System.getenv(PASSWORD_VARIABLE);
      if (fromEnv != null && !fromEnv.isEmpty()) {
        return fromEnv.toCharArray();
      }
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new IllegalArgumentException("no password: set " + PASSWORD_VARIABLE + " or give it on standard input");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the password from standard input", e);
      }
    }
  }

  /** Lists accounts (names and roles; never any secret). */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts and their roles.")
  static final class ListAccounts implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      Ledger ledger = user.root.ledger();
      for (Account a : new AccountStore(ledger.database().jdbi(), Wiring.clock()).list()) {
        spec.commandLine().getOut().println(a.name() + "\t" + a.role().code() + "\t" + a.createdAt());
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
