package org.harmledger.redress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmledger.resolve.Grade;

/**
 * A Mandate is what a compensation programme covers: its name, the period incidents must fall
 * in (inclusive), the territories, the perpetrators (actor ids), and the weakest incident grade
 * it accepts (grades rank in the order of {@link Grade}: confirmed, fair, weak, contested,
 * discounted), with a note of its source. Read from a JSON data file; see docs/redress.md.
 */
public record Mandate(String programme, LocalDate from, LocalDate to, List<Territory> territories,
    Set<String> perpetrators, Grade minimumGrade, String source) {

  private static final String EXAMPLE_RESOURCE = "mandate-example.json";

  public Mandate {
    Checks.nonBlank(programme, "a programme name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("mandate " + programme + ": period ends " + to + " before it starts " + from);
    }
    territories = List.copyOf(territories);
    if (territories.isEmpty()) {
      throw new IllegalArgumentException("mandate " + programme + ": needs at least one territory");
    }
    perpetrators = Set.copyOf(new TreeSet<>(perpetrators));
    Objects.requireNonNull(minimumGrade, "minimumGrade");
  }

  /** The example mandate shipped with Harm Ledger ({@code mandate-example.json}). */
  public static Mandate loadExample() {
    return read(DataFiles.json(EXAMPLE_RESOURCE), EXAMPLE_RESOURCE);
  }

  /** Reads a mandate file; {@code name} names it in error messages. */
  public static Mandate read(InputStream in, String name) throws IOException {
    return read(new ObjectMapper().readTree(in), name);
  }

  static Mandate read(JsonNode root, String name) {
    try {
      List<Territory> territories = new ArrayList<>();
      for (JsonNode t : root.path("territories")) {
        territories.add(new Territory(text(t, "country", name), t.path("admin1").asText(null)));
      }
      Set<String> perpetrators = new TreeSet<>();
      root.path("perpetrators").forEach(p -> perpetrators.add(p.asText()));
      return new Mandate(text(root, "programme", name), LocalDate.parse(text(root, "from", name)),
          LocalDate.parse(text(root, "to", name)), territories, perpetrators,
          grade(text(root, "minimum_grade", name), name), root.path("source").asText(""));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": dates must be ISO dates such as 2019-01-18: " + e.getParsedString(), e);
    }
  }

  private static Grade grade(String code, String file) {
    try {
      return Grade.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": unknown minimum_grade '" + code
          + "' (expected confirmed, fair, weak, contested or discounted)", e);
    }
  }

  /** True when an incident of grade {@code grade} is established well enough for this mandate. */
  public boolean accepts(Grade grade) {
    return grade != null && grade.ordinal() <= minimumGrade.ordinal();
  }

  static String text(JsonNode node, String field, String file) {
    JsonNode n = node.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException(file + ": '" + field + "' is required");
    }
    return n.asText();
  }
}
