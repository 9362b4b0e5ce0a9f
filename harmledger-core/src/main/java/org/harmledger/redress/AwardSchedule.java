package org.harmledger.redress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AwardSchedule fixes what a programme pays: its name, currency, loss categories with fixed
 * amounts, and the cap groups they count against, with a note of its source. Read from a JSON
 * data file; see docs/redress.md. Immutable.
 */
public record AwardSchedule(String name, String currency, List<LossCategory> categories, List<CapGroup> capGroups,
    String source) {

  private static final String UNCC_RESOURCE = "award-schedule-uncc-ab.json";

  public AwardSchedule {
    Checks.nonBlank(name, "a schedule name");
    Checks.nonBlank(currency, "a currency");
    categories = List.copyOf(categories);
    capGroups = List.copyOf(capGroups);
    Map<String, CapGroup> groups = new LinkedHashMap<>();
    capGroups.forEach(g -> groups.put(g.id(), g));
    Map<String, LossCategory> seen = new LinkedHashMap<>();
    for (LossCategory c : categories) {
      if (seen.put(c.code(), c) != null) {
        throw new IllegalArgumentException("schedule " + name + ": loss category " + c.code() + " given twice");
      }
      if (!groups.containsKey(c.capGroup())) {
        throw new IllegalArgumentException("schedule " + name + ": loss category " + c.code()
            + " names unknown cap group " + c.capGroup());
      }
    }
  }

  /** The schedule modelled on UNCC categories A and B shipped with Harm Ledger. */
  public static AwardSchedule loadUnccModel() {
    return read(DataFiles.json(UNCC_RESOURCE), UNCC_RESOURCE);
  }

  /** Reads a schedule file; {@code fileName} names it in error messages. */
  public static AwardSchedule read(InputStream in, String fileName) throws IOException {
    return read(new ObjectMapper().readTree(in), fileName);
  }

  static AwardSchedule read(JsonNode root, String fileName) {
    List<CapGroup> groups = new ArrayList<>();
    for (JsonNode g : root.path("cap_groups")) {
      groups.add(new CapGroup(Mandate.text(g, "id", fileName), optionalLong(g, "per_person"),
          optionalLong(g, "per_family")));
    }
    List<LossCategory> categories = new ArrayList<>();
    for (JsonNode c : root.path("categories")) {
      JsonNode amount = c.get("amount");
      if (amount == null || !amount.canConvertToLong()) {
        throw new IllegalArgumentException(fileName + ": category '" + c.path("code").asText() + "' needs a whole amount");
      }
      categories.add(new LossCategory(Mandate.text(c, "code", fileName), c.path("description").asText(""),
          amount.asLong(), Mandate.text(c, "cap_group", fileName), c.path("needs_victims").asBoolean(false),
          c.path("illustrative").asBoolean(false)));
    }
    return new AwardSchedule(Mandate.text(root, "name", fileName), Mandate.text(root, "currency", fileName),
        categories, groups, root.path("source").asText(""));
  }

  public Optional<LossCategory> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public CapGroup capGroup(String id) {
    return capGroups.stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("schedule " + name + " has no cap group " + id));
  }

  private static Long optionalLong(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : n.asLong();
  }
}
