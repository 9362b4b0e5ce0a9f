package org.harmledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.Claim;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.ClaimStatus;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Eligibility;
import org.harmledger.redress.Flag;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.Mandate;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.ReviewerRole;
import org.harmledger.redress.RuleCheck;
import org.harmledger.redress.VictimMatcher;
import org.harmledger.store.Ledger;
import org.harmledger.store.redress.ClaimRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * ClaimsCommand runs compensation claims: register claimants, submit claims with supporting
 * documents, move them through review, run the batch (eligibility, awards, flags), clear flags,
 * and serve data subjects (export, erase). Every write is a custody entry.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Compensation claims: claimant, submit, attach, review, list, batch, flags, clear-flag, export-subject, "
        + "erase.")
final class ClaimsCommand {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  private Ledger ledger() {
    return root.ledger();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Command(name = "claimant", mixinStandardHelpOptions = true, description = "Register a claimant.")
  int claimant(
      @Option(names = "--id", required = true) String id,
      @Option(names = "--given") String given,
      @Option(names = "--father") String father,
      @Option(names = "--family") String family,
      @Option(names = "--arabic") String arabic,
      @Option(names = "--phone") String phone,
      @Option(names = "--email") String email,
      @Option(names = "--address") String address,
      @Option(names = "--household", paramLabel = "FAMILY_ID", description = "Household for family caps.")
      String household,
      @Option(names = "--relation", paramLabel = "VICTIM=KINSHIP",
          description = "Relationship to a victim, e.g. v-1=spouse (repeatable).") Map<String, String> relations,
      @Option(names = "--reason", defaultValue = "registered", description = "Why (audited).") String reason) {
    List<Relationship> relationships = new ArrayList<>();
    if (relations != null) {
      relations.forEach((victim, kinship) -> relationships.add(new Relationship(victim, Kinship.fromCode(kinship))));
    }
    Claimant claimant = new Claimant(id, new PersonNames(given, father, family, arabic, List.of()),
        new Contact(phone, email, address), household, relationships);
    RedressWiring.claimants(ledger()).add(claimant, Wiring.actor(), reason);
    out().println("registered claimant " + id);
    return 0;
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = "Submit a claim; documents are stored as evidence.")
  int submit(
      @Option(names = "--id", required = true) String id,
      @Option(names = "--claimant", required = true) String claimant,
      @Option(names = "--incident", required = true) String incident,
      @Option(names = "--category", required = true, description = "A loss category of the schedule, e.g. death.")
      String category,
      @Option(names = "--victim", description = "A victim claimed for (repeatable).") List<String> victims,
      @Option(names = "--document", paramLabel = "FILE", description = "A supporting document (repeatable).")
      List<Path> documents) {
    List<byte[]> contents = new ArrayList<>();
    for (Path document : documents == null ? List.<Path>of() : documents) {
      try {
        contents.add(Files.readAllBytes(document));
      } catch (IOException e) {
        throw new IllegalArgumentException(document + ": cannot read: " + e.getMessage(), e);
      }
    }
    Claim claim = RedressWiring.claims(ledger()).submit(id, claimant, victims == null ? List.of() : victims,
        incident, category, contents, Wiring.actor());
    out().println("submitted claim " + claim.id() + " with " + claim.documents().size() + " documents");
    return 0;
  }

  @Command(name = "review", mixinStandardHelpOptions = true, description = "Move a claim to another status.")
  int review(
      @Parameters(paramLabel = "CLAIM_ID") String id,
      @Option(names = "--to", required = true,
          description = "under_review, more_information_requested, approved, rejected, paid") String to,
      @Option(names = "--reason", required = true) String reason,
      @Option(names = "--as", required = true, paramLabel = "REVIEWER") String reviewer,
      @Option(names = "--role", required = true, description = "registrar, reviewer, supervisor, payment_officer")
      String role) {
    Claim claim = RedressWiring.claims(ledger()).review(id, ClaimStatus.fromCode(to), reviewer,
        ReviewerRole.fromCode(role), reason, Wiring.actor());
    out().println("claim " + id + ": " + claim.history().get(claim.history().size() - 2).to().code() + " -> "
        + claim.status().code());
    return 0;
  }

  @Command(name = "attach", mixinStandardHelpOptions = true,
      description = "Attach supporting documents to a claim; each is stored as evidence.")
  int attach(
      @Parameters(paramLabel = "CLAIM_ID") String id,
      @Option(names = "--document", paramLabel = "FILE", required = true, description = "A document (repeatable).")
      List<Path> documents,
      @Option(names = "--reason", required = true, description = "Why (audited).") String reason) {
    ClaimRegister claims = RedressWiring.claims(ledger());
    for (Path document : documents) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(document);
      } catch (IOException e) {
        throw new IllegalArgumentException(document + ": cannot read: " + e.getMessage(), e);
      }
      out().println("attached " + document.getFileName() + " to claim " + id + " as " + claims.attach(id, bytes,
          Wiring.actor(), reason));
    }
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List claims with their status.")
  int list(@Option(names = "--status", description = "Only claims with this status, e.g. under_review.")
      String status) {
    ClaimRegister claims = RedressWiring.claims(ledger());
    ClaimStatus only = status == null ? null : ClaimStatus.fromCode(status);
    // A page at a time, so a large register is never held whole.
    long printed = 0;
    for (int offset = 0; ; offset += ClaimRegister.MAX_PAGE) {
      List<Claim> page = claims.page(only, offset, ClaimRegister.MAX_PAGE);
      for (Claim c : page) {
        out().printf("%-10s %-10s %-16s %-22s %-28s %s%n", c.id(), c.claimantId(), c.lossCategory(),
            c.incidentId() == null ? "-" : c.incidentId(), c.status().code(), String.join(",", c.victimIds()));
      }
      printed += page.size();
      if (page.size() < ClaimRegister.MAX_PAGE) {
        break;
      }
    }
    out().println(printed + " claims");
    return 0;
  }

  @Command(name = "batch", mixinStandardHelpOptions = true,
      description = "Check eligibility, compute awards and raise flags over all claims; store the flags.")
  int batch(
      @Option(names = "--mandate", paramLabel = "FILE", description = "Mandate file (default: the example mandate).")
      Path mandateFile,
      @Option(names = "--schedule", paramLabel = "FILE", description = "Award schedule (default: UNCC A/B model).")
      Path scheduleFile,
      @Option(names = "--out", paramLabel = "REPORT", description = "Also write the full report here.") Path report)
      throws IOException {
    Mandate mandate = mandateFile == null ? Mandate.loadExample() : read(mandateFile, Mandate::read);
    AwardSchedule schedule = scheduleFile == null ? AwardSchedule.loadUnccModel()
        : read(scheduleFile, AwardSchedule::read);
    BatchReport result = RedressWiring.batch(ledger()).run(new ClaimBatch(mandate, schedule,
        VictimMatcher.loadDefault()), Wiring.actor());
    List<String> lines = new ArrayList<>(result.summary());
    result.summary().forEach(out()::println);
    if (report != null) {
      lines.add("eligibility:");
      for (Eligibility e : result.eligibilities()) {
        lines.add("  " + e.claimId() + ": " + (e.eligible() ? "eligible" : "not eligible"));
        for (RuleCheck failed : e.failures()) {
          lines.add("    " + failed.detail());
        }
      }
      lines.add("awards:");
      result.awards().forEach(a -> lines.add("  " + a.claimId() + " " + a.category() + " " + a.awarded() + " "
          + a.currency() + (a.note() == null ? "" : " (" + a.note() + ")")));
      lines.add("flags:");
      result.flags().forEach(f -> lines.add("  " + describe(f)));
      Files.write(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
      out().println("report written to " + report);
    }
    return 0;
  }

  /** A parser of a data file; names the file in its errors. */
  private interface FileParser<T> {
    T parse(InputStream in, String name) throws IOException;
  }

  private static <T> T read(Path file, FileParser<T> parser) {
    try (InputStream in = Files.newInputStream(file)) {
      return parser.parse(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String describe(Flag f) {
    return f.id() + " " + (f.isOpen() ? "OPEN" : "cleared by " + f.clearance().actor()) + ": " + f.reason();
  }

  @Command(name = "flags", mixinStandardHelpOptions = true, description = "List the flags of the latest batch.")
  int flags() {
    List<Flag> flags = RedressWiring.claims(ledger()).flags();
    flags.forEach(f -> out().println(describe(f)));
    out().println(flags.size() + " flags, " + flags.stream().filter(Flag::isOpen).count() + " open");
    return 0;
  }

  @Command(name = "clear-flag", mixinStandardHelpOptions = true,
      description = "Clear a flag so it no longer blocks payment.")
  int clearFlag(
      @Parameters(paramLabel = "FLAG") String flag,
      @Option(names = "--reason", required = true) String reason) {
    RedressWiring.claims(ledger()).clear(flag, Wiring.actor(), reason);
    out().println("cleared " + flag);
    return 0;
  }

  @Command(name = "export-subject", mixinStandardHelpOptions = true,
      description = "Write all data held about one claimant to a new file (logged as a personal-data export).")
  int exportSubject(
      @Parameters(paramLabel = "CLAIMANT_ID") String id,
      @Option(names = "--out", required = true, paramLabel = "FILE") Path out) throws IOException {
    try {
      RedressWiring.subjectExports(ledger()).write(id, Wiring.actor(), out);
    } catch (IOException e) {
      throw new IOException(out + ": cannot write: " + e.getMessage(), e);
    }
    out().println("wrote the data of claimant " + id + " to " + out);
    return 0;
  }

  @Command(name = "erase", mixinStandardHelpOptions = true,
      description = "Erase a claimant's names and contact; the claims stay, with a tombstone.")
  int erase(
      @Parameters(paramLabel = "CLAIMANT_ID") String id,
      @Option(names = "--reason", required = true) String reason) {
    var tombstone = RedressWiring.claimants(ledger()).erase(id, Wiring.actor(), reason);
    out().println("erased the personal data of claimant " + id + " (sha256 of what was erased "
        + tombstone.erased().hex() + ")");
    return 0;
  }
}
