package org.harmledger.cli;

import java.util.concurrent.Callable;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.OverrideGrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** CurateGradeCommand is {@code curate grade ID GRADE --reason R}; the only way to discount an incident. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = "Set an incident's grade by hand.")
final class CurateGradeCommand implements Callable<Integer> {
  @ParentCommand
  private CurateCommand curate;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The incident.")
  private String incident;

  @Parameters(index = "1", paramLabel = "GRADE", description = "confirmed, fair, weak, contested or discounted.")
  private String grade;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "Why.")
  private String reason;

  @Override
  public Integer call() {
    Grade g;
    try {
      g = Grade.fromCode(grade);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: curate grade: '" + grade
          + "' is not a grade (confirmed, fair, weak, contested, discounted)");
      return 2;
    }
    return curate.record(spec, new OverrideGrade(incident, g, Wiring.actor(), Wiring.clock().instant(), reason));
  }
}
