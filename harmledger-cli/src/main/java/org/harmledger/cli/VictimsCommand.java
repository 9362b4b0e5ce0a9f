package org.harmledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.MatchProposal;
import org.harmledger.redress.MergeDecision;
import org.harmledger.redress.MergeVerdict;
import org.harmledger.redress.NamedVictimCount;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimMatcher;
import org.harmledger.redress.VictimMatching;
import org.harmledger.redress.VictimRowReader;
import org.harmledger.redress.VictimRowWriter;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.redress.VictimCsv;
import org.harmledger.store.redress.VictimRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * VictimsCommand manages the victims register: import a CSV list, add one victim, list, find
 * likely duplicates and record merge decisions. Every write is a custody entry with the actor and
 * the reason. Listings show the public view; names only with {@code --names}.
 */
@Command(name = "victims", mixinStandardHelpOptions = true,
    description = "The victims register: import, add, edit, list, duplicates, merge, erase.")
final class VictimsCommand {
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

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import victims from a CSV file (columns in docs/redress.md); a bad row stores nothing.")
  int importFile(
      @Parameters(paramLabel = "FILE") Path file,
      @Option(names = "--reason", defaultValue = "imported from a victims list", description = "Why (audited).")
      String reason) {
    List<Victim> victims;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      victims = new VictimCsv(AgeGroups.loadDefault()).read(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    RedressWiring.victims(ledger()).add(victims, Wiring.actor(), file.getFileName().toString(), reason);
    out().println("imported " + victims.size() + " victims from " + file);
    return 0;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add one victim.")
  int add(
      @Option(names = "--id", required = true) String id,
      @Option(names = "--status", required = true, description = "civilian, combatant, unknown") String status,
      @Option(names = "--outcome", required = true, description = "killed, injured, missing") String outcome,
      @Option(names = "--given") String given,
      @Option(names = "--father") String father,
      @Option(names = "--family") String family,
      @Option(names = "--arabic") String arabic,
      @Option(names = "--sex", description = "female, male, unknown") String sex,
      @Option(names = "--age", description = "34, 30-39, 60+ or a group such as child") String age,
      @Option(names = "--date", description = "ISO date of harm") String date,
      @Option(names = "--incident") String incident,
      @Option(names = "--reason", required = true, description = "Why (audited).") String reason) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("status", status);
    fields.put("outcome", outcome);
    fields.put("given_name", given);
    fields.put("father_name", father);
    fields.put("family_name", family);
    fields.put("arabic_name", arabic);
    fields.put("sex", sex);
    fields.put("age", age);
    fields.put("date", date);
    fields.put("incident_id", incident);
    Victim victim;
    try {
      victim = new VictimRowReader(AgeGroups.loadDefault(), new ArrayList<>(fields.keySet()))
          .read(2, new ArrayList<>(fields.values()));
    } catch (IllegalArgumentException e) {
      // The reader names a CSV row; on the command line the option is what the user gave.
      throw new IllegalArgumentException("victims add: " + e.getMessage().replaceFirst("^row 2, field", "field"), e);
    }
    RedressWiring.victims(ledger()).add(List.of(victim), Wiring.actor(), "cli", reason);
    out().println("added victim " + victim.id());
    return 0;
  }

  @Command(name = "edit", mixinStandardHelpOptions = true,
      description = "Edit one victim: only the options given change; '' clears a value.")
  int edit(
      @Parameters(paramLabel = "VICTIM_ID") String id,
      @Option(names = "--status", description = "civilian, combatant, unknown") String status,
      @Option(names = "--outcome", description = "killed, injured, missing") String outcome,
      @Option(names = "--given") String given,
      @Option(names = "--father") String father,
      @Option(names = "--family") String family,
      @Option(names = "--arabic") String arabic,
      @Option(names = "--sex", description = "female, male, unknown") String sex,
      @Option(names = "--age", description = "34, 30-39, 60+ or a group such as child") String age,
      @Option(names = "--date", description = "ISO date of harm") String date,
      @Option(names = "--incident") String incident,
      @Option(names = "--reason", required = true, description = "Why (audited).") String reason) {
    VictimRegister register = RedressWiring.victims(ledger());
    Victim before = register.find(id)
        .orElseThrow(() -> new IllegalArgumentException("victims edit: victim " + id + " is not registered"));
    Map<String, String> options = new LinkedHashMap<>();
    options.put("status", status);
    options.put("outcome", outcome);
    options.put("given_name", given);
    options.put("father_name", father);
    options.put("family_name", family);
    options.put("arabic_name", arabic);
    options.put("sex", sex);
    options.put("age", age);
    options.put("date", date);
    options.put("incident_id", incident);
    List<String> values = VictimRowWriter.values(before);
    options.forEach((column, value) -> {
      if (value != null) {
        values.set(VictimRowReader.COLUMNS.indexOf(column), value.isBlank() ? null : value);
      }
    });
    List<String> changed;
    try {
      changed = register.update(new VictimRowReader(AgeGroups.loadDefault(), VictimRowReader.COLUMNS).read(2, values),
          Wiring.actor(), reason);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("victims edit: " + e.getMessage().replaceFirst("^row 2, field", "field"), e);
    }
    out().println(changed.isEmpty() ? "victim " + id + ": nothing changed"
        : "edited victim " + id + ": " + String.join(", ", changed));
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List victims, or one incident's victims with its named count against its figures.")
  int list(
      @Option(names = "--incident", paramLabel = "ID") String incidentId,
      @Option(names = "--names", description = "Show names (personal data).") boolean names) {
    Ledger ledger = ledger();
    VictimRegister register = RedressWiring.victims(ledger);
    List<Victim> victims = incidentId == null ? register.all() : register.ofIncident(incidentId);
    PrintWriter out = out();
    if (incidentId != null) {
      Incident incident = ledger.incidents().current().incident(incidentId).orElse(null);
      out.println("incident " + incidentId + ": "
          + (incident == null ? "not in the ledger" : NamedVictimCount.of(incident, victims).describe()));
    }
    for (Victim v : victims) {
      out.printf("%-12s %-8s %-9s %-7s %-6s %-10s %s%s%n", v.id(), v.outcome().code(), v.status().code(),
          v.sex().code(), v.age().isKnown() ? v.age().code() : "-", v.date() == null ? "-" : v.date(),
          v.incidentId() == null ? "-" : v.incidentId(),
          names && !v.names().isEmpty() ? "  " + v.names().latinFull()
              + (v.names().arabic() == null ? "" : " " + v.names().arabic()) : "");
    }
    out.println(victims.size() + " victims");
    return 0;
  }

  @Command(name = "duplicates", mixinStandardHelpOptions = true,
      description = "Propose pairs of records that may be one person, with score and reasons (no names).")
  int duplicates() {
    VictimRegister register = RedressWiring.victims(ledger());
    VictimMatching matching = VictimMatcher.loadDefault().match(register.all(), register.decisions());
    for (MatchProposal p : matching.proposals()) {
      out().println(p.reason());
    }
    out().println(matching.proposals().size() + " proposals (" + matching.comparisons() + " pairs compared)");
    return 0;
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Record that two records are one person (or, with --different, two people).")
  int merge(
      @Parameters(index = "0", paramLabel = "A") String a,
      @Parameters(index = "1", paramLabel = "B") String b,
      @Option(names = "--reason", required = true, description = "Why (audited).") String reason,
      @Option(names = "--different", description = "They are different people.") boolean different) {
    Ledger ledger = ledger();
    MergeDecision decision = new MergeDecision(a, b, different ? MergeVerdict.DIFFERENT_PEOPLE
        : MergeVerdict.SAME_PERSON, Wiring.actor(), ledger.custody().now(), reason);
    RedressWiring.victims(ledger).decide(decision);
    out().println("recorded " + a + " and " + b + ": " + decision.verdict().code());
    return 0;
  }

  @Command(name = "erase", mixinStandardHelpOptions = true,
      description = "Erase a victim's names; the record stays, with a tombstone.")
  int erase(
      @Parameters(paramLabel = "VICTIM_ID") String id,
      @Option(names = "--reason", required = true) String reason) {
    RedressWiring.victims(ledger()).erase(id, Wiring.actor(), reason);
    out().println("erased the names of victim " + id);
    return 0;
  }
}
