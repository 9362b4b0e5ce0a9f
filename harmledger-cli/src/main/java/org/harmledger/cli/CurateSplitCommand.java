package org.harmledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.harmledger.resolve.SplitAssertions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * CurateSplitCommand is {@code curate split ID --assertions A,B --reason R}: the assertions leave
 * incident ID and become a new incident.
 */
@Command(name = "split", mixinStandardHelpOptions = true, description = "Split assertions out of an incident into a new one.")
final class CurateSplitCommand implements Callable<Integer> {
  @ParentCommand
  private CurateCommand curate;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The incident the assertions are in now.")
  private String incident;

  @Option(names = "--assertions", required = true, split = ",", paramLabel = "A,B",
      description = "Assertion ids (REPORT_SHA256:INDEX) that form the new incident.")
  private List<String> assertions;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "Why they are another event.")
  private String reason;

  @Override
  public Integer call() {
    Optional<ObjectNode> current = curate.incidents().find(incident);
    if (current.isEmpty()) {
      spec.commandLine().getErr().println("harmledger: curate split: no incident with id " + incident);
      return 1;
    }
    List<String> members = current.get().path("members").findValuesAsText("assertion_id");
    List<String> strangers = assertions.stream().filter(a -> !members.contains(a)).toList();
    if (!strangers.isEmpty()) {
      spec.commandLine().getErr().println("harmledger: curate split: " + strangers + " not in incident " + incident);
      return 1;
    }
    return curate.record(spec, new SplitAssertions(assertions, Wiring.actor(), Wiring.clock().instant(),
        reason + " (split from " + incident + ")"));
  }
}
