package org.harmledger.store.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;

/**
 * ReportMetadataJson is the one JSON form of a report's metadata in the working copy. Fields are
 * always written in the same order, so the same metadata always gives the same bytes and hash.
 */
public final class ReportMetadataJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportMetadataJson() {}

  public static ObjectNode toJson(ReportMetadata m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("title", m.title());
    o.put("publisher", m.publisher());
    o.put("url", m.url());
    o.put("published", m.published() == null ? null : m.published().toString());
    o.put("published_from", m.publishedFrom().code());
    o.put("language", m.language());
    o.put("kind", m.kind().code());
    return o;
  }

  public static String write(ReportMetadata m) {
    return toJson(m).toString();
  }

  /** Reads what {@link #write} wrote; a malformed document is an {@link IllegalArgumentException}. */
  public static ReportMetadata read(String json) {
    JsonNode o;
    try {
      o = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed metadata JSON: " + e.getOriginalMessage(), e);
    }
    String published = text(o, "published");
    return new ReportMetadata(
        text(o, "title"),
        text(o, "publisher"),
        text(o, "url"),
        published == null ? null : LocalDate.parse(published),
        PublishedFrom.valueOf(o.path("published_from").asText("unknown").toUpperCase(Locale.ROOT)),
        text(o, "language"),
        ReportKind.fromCode(text(o, "kind")));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
