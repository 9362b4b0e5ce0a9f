package org.harmledger.cli;

import java.util.concurrent.Callable;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.incidents.ResolutionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * CurateCommand groups the corrections people make to automatic resolution: merge, split, move,
 * grade and figure. Each records one decision with its reason (custody action "edited") and
 * re-resolves; a decision that does not apply gets one line with the reason and exit code 1.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = "Correct automatic resolution; every decision needs --reason and survives re-resolution.",
    subcommands = {CurateMergeCommand.class, CurateSplitCommand.class, CurateMoveCommand.class,
        CurateGradeCommand.class, CurateFigureCommand.class})
final class CurateCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  /** Without a subcommand there is nothing to record: show the usage and fail. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The ledger's incidents, for subcommands that check their arguments before recording. */
  IncidentStore incidents() {
    return root.ledger().incidents();
  }

  /** Records {@code decision} in the ledger and prints the resolution that followed. */
  int record(CommandSpec spec, CurationDecision decision) {
    ResolutionSummary summary;
    try {
      summary = incidents().record(decision);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: curate: " + e.getMessage());
      return 1;
    }
    spec.commandLine().getOut().println("recorded: " + decision.describe());
    spec.commandLine().getOut().println(summary.line());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
