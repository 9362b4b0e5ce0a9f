package org.harmledger.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.harmledger.resolve.MergeIncidents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** CurateMergeCommand is {@code curate merge ID ID... --reason R}: the later incidents fold into the first. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge incidents into the first one named.")
final class CurateMergeCommand implements Callable<Integer> {
  @ParentCommand
  private CurateCommand curate;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "ID", description = "The incident to keep, then the incidents to merge into it.")
  private List<String> ids;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "Why these are one event.")
  private String reason;

  @Override
  public Integer call() {
    return curate.record(spec, new MergeIncidents(ids.get(0), ids.subList(1, ids.size()), Wiring.actor(),
        Wiring.clock().instant(), reason));
  }
}
