package org.harmledger.cli;

import java.util.concurrent.Callable;
import org.harmledger.resolve.OverrideFigure;
import org.harmledger.resolve.json.CurationDecisionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * CurateFigureCommand is {@code curate figure ID killed.total --best N [--low N] [--high N]
 * --reason R}; low and high default to best.
 */
@Command(name = "figure", mixinStandardHelpOptions = true, description = "Set one casualty figure of an incident by hand.")
final class CurateFigureCommand implements Callable<Integer> {
  @ParentCommand
  private CurateCommand curate;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The incident.")
  private String incident;

  @Parameters(index = "1", paramLabel = "FIGURE", description = "OUTCOME.CATEGORY, e.g. killed.total or injured.children.")
  private String figure;

  @Option(names = "--best", required = true, paramLabel = "N", description = "Best estimate.")
  private long best;

  @Option(names = "--low", paramLabel = "N", description = "Lowest credible count (default: best).")
  private Long low;

  @Option(names = "--high", paramLabel = "N", description = "Highest credible count (default: best).")
  private Long high;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "Why, e.g. the hospital's list.")
  private String reason;

  @Override
  public Integer call() {
    OverrideFigure decision;
    try {
      String[] name = CurationDecisionJson.figure(figure);
      decision = new OverrideFigure(incident, CurationDecisionJson.outcome(name[0]),
          CurationDecisionJson.category(name[1]), low == null ? best : low, best, high == null ? best : high,
          Wiring.actor(), Wiring.clock().instant(), reason);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: curate figure: " + e.getMessage());
      return 2;
    }
    return curate.record(spec, decision);
  }
}
