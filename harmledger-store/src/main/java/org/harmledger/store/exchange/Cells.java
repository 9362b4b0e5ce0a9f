package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Cells reads and writes the cells of reference dataset rows, with errors that name the column. */
final class Cells {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Cells() {}

  static String text(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v.trim();
  }

  static String required(Map<String, String> row, String column) {
    String v = text(row, column);
    if (v == null) {
      throw new IllegalArgumentException(column + " is empty");
    }
    return v;
  }

  /** A date written as ISO ({@code 2019-01-18}, optionally followed by a time) or as ACLED's {@code 18 January 2019}. */
  static LocalDate date(Map<String, String> row, String column) {
    String v = required(row, column);
    try {
      return v.length() >= 10 && Character.isDigit(v.charAt(0)) && v.charAt(4) == '-'
          ? LocalDate.parse(v.substring(0, 10)) : LocalDate.parse(v, LONG_DATE);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(column + " '" + v + "' is not a date", e);
    }
  }

  static Long whole(Map<String, String> row, String column) {
    String v = text(row, column);
    if (v == null) {
      return null;
    }
    try {
      long n = v.contains(".") ? (long) Double.parseDouble(v) : Long.parseLong(v);
      if (n < 0) {
        throw new IllegalArgumentException(column + " '" + v + "' is negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + v + "' is not a whole number", e);
    }
  }

  static Double decimal(Map<String, String> row, String column) {
    String v = text(row, column);
    if (v == null) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + v + "' is not a number", e);
    }
  }

  /** A cell of a full incident JSON, empty when missing or null. */
  static String of(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
  }

  /** The best figure of a category of killed, empty when not reported. */
  static String killed(JsonNode incident, String category, String field) {
    return of(incident.path("figures").path("killed").path(category).path(field));
  }

  /** The distinct publishers of an incident's sources, joined with "; ". */
  static String publishers(JsonNode incident) {
    Set<String> names = new LinkedHashSet<>();
    incident.path("sources").forEach(s -> {
      if (!s.path("publisher").isNull()) {
        names.add(s.path("publisher").asText());
      }
    });
    return String.join("; ", new ArrayList<>(names));
  }

  /** The latest publication date among an incident's sources, or null. */
  static LocalDate latestPublished(JsonNode incident) {
    LocalDate latest = null;
    for (JsonNode s : incident.path("sources")) {
      if (!s.path("published").isNull() && !s.path("published").isMissingNode()) {
        LocalDate d = LocalDate.parse(s.path("published").asText());
        latest = latest == null || d.isAfter(latest) ? d : latest;
      }
    }
    return latest;
  }
}
