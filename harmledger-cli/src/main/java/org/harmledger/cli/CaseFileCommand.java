package org.harmledger.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.harmledger.store.Ledger;
import org.harmledger.store.casefile.CaseFileResult;
import org.harmledger.store.casefile.CaseSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** CaseFileCommand writes a self-verifying case bundle for one incident or one perpetrator. */
@Command(name = "casefile", mixinStandardHelpOptions = true,
    description = "Write a case file (folder, or ZIP when PATH ends with .zip); check it with verify-bundle.")
final class CaseFileCommand implements Callable<Integer> {
  @ParentCommand
  private ExportCommand export;

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Subject subject;

  static final class Subject {
    @Option(names = "--incident", paramLabel = "ID", required = true) String incident;
    @Option(names = "--perpetrator", paramLabel = "ACTOR", required = true) String perpetrator;
  }

  @Option(names = "--out", paramLabel = "PATH", required = true)
  private Path out;

  @Option(names = "--include-personal-data",
      description = "Include victims' names (logged as a personal-data export). Default: public view only.")
  private boolean personalData;

  @Override
  public Integer call() throws IOException {
    CaseSelection selection = subject.incident != null ? CaseSelection.incident(subject.incident)
        : CaseSelection.perpetrator(subject.perpetrator);
    Ledger ledger = export.root.ledger();
    CaseFileResult r;
    try {
      r = RedressWiring.caseFiles(ledger).write(selection, personalData, Wiring.actor(), out);
    } catch (IOException e) {
      throw new IOException(out + ": cannot write the case file: " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println("wrote case file " + r.target() + ": " + r.incidents() + " incidents, "
        + r.reports() + " reports, " + r.victims() + " victims, " + r.files() + " files"
        + (personalData ? ", personal data included" : "") + "; manifest sha256 " + r.manifestSha256().hex());
    return 0;
  }
}
