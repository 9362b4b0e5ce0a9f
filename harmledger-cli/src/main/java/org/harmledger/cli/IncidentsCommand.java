package org.harmledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmledger.store.exchange.IncidentGeoJson;
import org.harmledger.store.exchange.IncidentListCsv;
import org.harmledger.store.incidents.IncidentFilter;
import org.harmledger.store.incidents.IncidentPage;
import org.harmledger.store.incidents.UnattachedStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * IncidentsCommand lists the ledger's incidents, filtered, as a table (with a count line and the
 * number of unattached statements), one JSON object (total and summaries), CSV or GeoJSON; with
 * {@code --unattached}, the statements that answer no recorded incident instead (table or JSON).
 * Bad filter values get one line naming the option and exit code 2.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true, description = "List incidents.")
final class IncidentsCommand implements Callable<Integer> {
  /** The output formats of the list. */
  enum Format { table, json, csv, geojson }

  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--from", paramLabel = "DATE", description = "Incidents that end on or after this date.")
  private String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Incidents that start on or before this date.")
  private String to;

  @Option(names = "--admin1", paramLabel = "NAME", description = "Province or governorate, e.g. Idlib.")
  private String admin1;

  @Option(names = "--country", paramLabel = "CODE", description = "ISO country code, e.g. SY.")
  private String country;

  @Option(names = "--perpetrator", paramLabel = "ACTOR", description = "Actor id of the attributed perpetrator.")
  private String perpetrator;

  @Option(names = "--event-type", paramLabel = "TYPE", description = "Event type, e.g. airstrike.")
  private String eventType;

  @Option(names = "--grade", paramLabel = "GRADE", description = "confirmed, fair, weak, contested or discounted.")
  private String grade;

  @Option(names = "--min-killed", paramLabel = "N", description = "At least this many killed (best estimate).")
  private Long minKilled;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, csv or geojson (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N incidents (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N incidents.")
  private int offset;

  @Option(names = "--unattached", description = "List the statements that answer no recorded incident instead.")
  private boolean unattached;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (unattached) {
      return unattached(out, root.ledger().incidents().unattached());
    }
    IncidentFilter filter;
    try {
      filter = new IncidentFilter(date("--from", from), date("--to", to), admin1, country, perpetrator, eventType, grade,
          minKilled);
      if (limit < 0 || offset < 0) {
        throw new IllegalArgumentException("--limit and --offset must be >= 0");
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("harmledger: incidents: " + e.getMessage());
      return 2;
    }
    IncidentPage page = root.ledger().incidents().list(filter, offset, limit);
    if (format == Format.json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("total", page.total());
      o.put("offset", page.offset());
      o.putArray("incidents").addAll(page.incidents());
      out.println(o);
    } else if (format == Format.csv) {
      IncidentListCsv.write(page.incidents(), out);
    } else if (format == Format.geojson) {
      out.println(IncidentGeoJson.collection(page.incidents()));
    } else {
      table(out, page);
      int loose = root.ledger().incidents().unattached().size();
      if (loose > 0) {
        out.println(loose + " unattached statements answer no recorded incident (list them with --unattached)");
      }
    }
    out.flush();
    return 0;
  }

  private int unattached(PrintWriter out, List<UnattachedStatement> statements) {
    if (format == Format.json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("total", statements.size());
      ArrayNode list = o.putArray("unattached");
      for (UnattachedStatement u : statements) {
        ObjectNode n = list.addObject();
        n.put("assertion_id", u.assertionId());
        n.put("report_id", u.reportId());
        n.put("event_type", u.eventType());
        n.put("publisher", u.publisher());
        n.put("published", u.published());
        n.put("title", u.title());
      }
      out.println(o);
    } else if (format == Format.table) {
      String row = "%-10s  %-24s  %-26s  %-40s  %s%n";
      out.printf(row, "published", "publisher", "statement", "title", "assertion");
      for (UnattachedStatement u : statements) {
        out.printf(row, u.published() == null ? "-" : u.published(), cut(u.publisher() == null ? "-" : u.publisher(), 24),
            u.eventType(), cut(u.title() == null ? "-" : u.title(), 40), u.assertionId());
      }
      out.println(statements.size() + " unattached statements");
    } else {
      spec.commandLine().getErr().println("harmledger: incidents: --unattached lists as table or json, not " + format);
      return 2;
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, IncidentPage page) {
    String row = "%-20s  %-10s  %-22s  %-24s  %-14s  %-18s  %-10s  %6s  %s%n";
    out.printf(row, "id", "date", "event", "place", "admin1", "perpetrator", "grade", "killed", "sources");
    for (JsonNode s : page.incidents()) {
      out.printf(row, s.path("id").asText(), text(s.path("date").path("start")), s.path("event_type").asText(),
          cut(text(s.path("place").path("name")), 24), cut(text(s.path("place").path("admin1")), 14),
          cut(text(s.path("perpetrator")), 18), s.path("grade").asText(), text(s.path("killed").path("best")),
          s.path("sources").asText());
    }
    out.println(page.incidents().size() + " of " + page.total() + " incidents");
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " '" + value + "' is not a date (expected YYYY-MM-DD)", e);
    }
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? "-" : n.asText();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }
}
