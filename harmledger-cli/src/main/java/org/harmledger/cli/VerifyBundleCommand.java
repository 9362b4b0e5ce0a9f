package org.harmledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.casefile.BundleCheck;
import org.harmledger.store.casefile.BundleVerifier;
import org.harmledger.store.verify.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** VerifyBundleCommand checks a case bundle offline, naming every finding; exit code 1 on any. */
@Command(name = "verify-bundle", mixinStandardHelpOptions = true,
    description = "Check a case bundle (folder or ZIP) offline: hashes, missing or extra files, custody links.")
final class VerifyBundleCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH")
  private Path path;

  @Override
  public Integer call() throws IOException {
    BundleCheck check;
    try {
      check = new BundleVerifier().verify(path);
    } catch (IOException e) {
      throw new IOException(path + ": cannot read the bundle: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Finding f : check.findings()) {
      out.println(f.line());
    }
    if (check.manifestSha256() != null) {
      out.println("manifest sha256 " + check.manifestSha256().hex()
          + " (compare with the ledger's export entry)");
    }
    out.println("checked " + check.files() + " files: "
        + (check.intact() ? "intact" : check.findings().size() + " findings"));
    out.flush();
    return check.intact() ? 0 : 1;
  }
}
