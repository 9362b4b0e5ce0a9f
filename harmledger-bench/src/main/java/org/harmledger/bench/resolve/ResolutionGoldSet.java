package org.harmledger.bench.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ResolutionGoldSet is the labelled reports of {@code gold/resolution.jsonl}, checked on
 * reading: unique ids, dates, republications that name an earlier report, and one expected grade
 * per incident. A bad line is reported with file, line number and reason.
 */
public record ResolutionGoldSet(List<GoldReport> reports) {
  public ResolutionGoldSet {
    reports = List.copyOf(reports);
  }

  public static ResolutionGoldSet read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldReport> reports = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> gradeOf = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + lineNo + ": ";
      GoldReport r;
      try {
        JsonNode n = json.readTree(line);
        r = new GoldReport(n.path("id").asText(null), n.path("title").asText(null), n.path("publisher").asText(null),
            LocalDate.parse(n.path("published").asText("")), n.path("kind").asText(null),
            n.path("republication_of").isNull() ? null : n.path("republication_of").asText(null),
            n.path("text").asText(null), n.path("incident").asText(null), n.path("expected_grade").asText(null));
      } catch (IOException | DateTimeParseException | NullPointerException e) {
        throw new IOException(where + "not a valid gold report: " + e.getMessage(), e);
      }
      if (!ids.add(r.id())) {
        throw new IOException(where + "duplicate id " + r.id());
      }
      if (r.republicationOf() != null && !ids.contains(r.republicationOf())) {
        throw new IOException(where + "republication_of " + r.republicationOf() + " names no earlier report");
      }
      String known = gradeOf.putIfAbsent(r.incident(), r.expectedGrade());
      if (known != null && !known.equals(r.expectedGrade())) {
        throw new IOException(where + "incident " + r.incident() + " expected both " + known + " and " + r.expectedGrade());
      }
      reports.add(r);
    }
    return new ResolutionGoldSet(reports);
  }

  /** Report id to gold incident label. */
  public Map<String, String> grouping() {
    Map<String, String> g = new LinkedHashMap<>();
    reports.forEach(r -> g.put(r.id(), r.incident()));
    return g;
  }

  /** Report id to the grade its incident should get. */
  public Map<String, String> expectedGrades() {
    Map<String, String> g = new LinkedHashMap<>();
    reports.forEach(r -> g.put(r.id(), r.expectedGrade()));
    return g;
  }
}
