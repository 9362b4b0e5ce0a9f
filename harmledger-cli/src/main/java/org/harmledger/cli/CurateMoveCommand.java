package org.harmledger.cli;

import java.util.concurrent.Callable;
import org.harmledger.resolve.MoveAssertion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** CurateMoveCommand is {@code curate move ASSERTION --to ID --reason R}. */
@Command(name = "move", mixinStandardHelpOptions = true, description = "Move one assertion to another incident.")
final class CurateMoveCommand implements Callable<Integer> {
  @ParentCommand
  private CurateCommand curate;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ASSERTION", description = "The assertion id (REPORT_SHA256:INDEX).")
  private String assertion;

  @Option(names = "--to", required = true, paramLabel = "ID", description = "The incident it belongs to.")
  private String to;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "Why it belongs there.")
  private String reason;

  @Override
  public Integer call() {
    return curate.record(spec, new MoveAssertion(assertion, to, Wiring.actor(), Wiring.clock().instant(), reason));
  }
}
