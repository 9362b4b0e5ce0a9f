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
    fields.putAll(columns(status, outcome, given, father, family, arabic, sex, age, date, incident));
    Victim victim = read("victims add", new ArrayList<>(fields.keySet()), new ArrayList<>(fields.values()));
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
    List<String> values = VictimRowWriter.values(before);
    columns(status, outcome, given, father, family, arabic, sex, age, date, incident).forEach((column, value) -> {
      if (value != null) {
        values.set(VictimRowReader.COLUMNS.indexOf(column), value.isBlank() ? null : value);
      }
    });
    List<String> changed = register.update(read("victims edit", VictimRowReader.COLUMNS, values), Wiring.actor(),
        reason);
    out().println(changed.isEmpty() ? "victim " + id + ": nothing changed"
        : "edited victim " + id + ": " + String.join(", ", changed));
    return 0;
  }

  /** The options add and edit share, by the import column each one fills (null where not given). */
  private static Map<String, String> columns(String status, String outcome, String given, String father, String family,
      String arabic, String sex, String age, String date, String incident) {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("status", status);
    columns.put("outcome", outcome);
    columns.put("given_name", given);
    columns.put("father_name", father);
    columns.put("family_name", family);
    columns.put("arabic_name", arabic);
    columns.put("sex", sex);
    columns.put("age", age);
    columns.put("date", date);
    columns.put("incident_id", incident);
    return columns;
  }

  /** Reads one victim from option values as the importer reads a row, naming the option, not a CSV row, on error. */
  private static Victim read(String command, List<String> columns, List<String> values) {
    try {
      return new VictimRowReader(AgeGroups.loadDefault(), columns).read(2, values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(command + ": " + e.getMessage().replaceFirst("^row 2, field", "field"), e);
    }
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
