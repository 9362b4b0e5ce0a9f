package org.harmledger.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.harmledger.store.verify.Finding;
import org.harmledger.store.verify.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** VerifyCommand re-hashes every evidence item and checks the custody chain; exit code 1 on any finding. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Re-hash every original and working copy and check the custody chain.")
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VerifyResult result = root.ledger().verifier().verify(Wiring.actor());
    for (Finding finding : result.findings()) {
      out.println(finding.line());
    }
    out.println("checked " + result.reports() + " reports and " + result.custodyEntries() + " custody entries: "
        + (result.intact() ? "intact" : result.findings().size() + " findings"));
    out.flush();
    return result.intact() ? 0 : 1;
  }
}
