package org.harmledger.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;

/**
 * A GoldCase is one line of the labelled extraction set: a report (title, publisher, publication
 * date, text) and the assertions a careful reader takes from it, as JSON nodes in the gold format.
 */
public record GoldCase(String id, String style, String published, String publisher, String title, String text,
    List<JsonNode> expected) {

  public GoldCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
  }

  /** Reads one gold line; a line without id or text is rejected with the reason. */
  public static GoldCase parse(JsonNode line) {
    if (!line.hasNonNull("id") || !line.hasNonNull("text")) {
      throw new IllegalArgumentException("gold line needs an id and a text");
    }
    List<JsonNode> expected = new ArrayList<>();
    line.path("expected").forEach(expected::add);
    return new GoldCase(line.get("id").asText(), text(line, "style"), text(line, "published"), text(line, "publisher"),
        text(line, "title"), line.get("text").asText(), expected);
  }

  /** The metadata the report arrives with: publication date only when the gold line gives one. */
  public ReportMetadata metadata() {
    LocalDate date = published == null ? null : LocalDate.parse(published);
    return new ReportMetadata(title, publisher, null, date, date == null ? PublishedFrom.UNKNOWN : PublishedFrom.METADATA,
        "en", ReportKind.NEWS);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
