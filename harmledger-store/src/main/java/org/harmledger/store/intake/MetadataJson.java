package org.harmledger.store.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import org.harmledger.model.ReportKind;

/**
 * MetadataJson reads the JSON objects of sidecars and feed records: keys title, publisher, url,
 * published, language, kind (and text, for feeds). Other keys are ignored, so a feed may carry
 * its own ids; a stated key of the wrong type or a bad date is an error.
 */
final class MetadataJson {
  private final ObjectMapper mapper;

  /** A reader whose strings may be as long as the largest document allowed. */
  MetadataJson(IntakeLimits limits) {
    this.mapper = JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) limits.maxDocumentBytes())
                    .build())
                .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** The JSON object in {@code json}; malformed JSON or another kind of value is a BadInput. */
  JsonNode object(String json) throws BadInput {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInput("malformed JSON (" + describe(e) + ")", e);
    }
    if (node == null || node.isMissingNode()) {
      throw new BadInput("malformed JSON (no value)");
    }
    if (!node.isObject()) {
      throw new BadInput("expected a JSON object but found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  /** The metadata keys of a JSON object. */
  MetadataFields fields(JsonNode object) throws BadInput {
    String published = text(object, "published");
    String kind = text(object, "kind");
    return new MetadataFields(
        text(object, "title"),
        text(object, "publisher"),
        text(object, "url"),
        published == null || published.isBlank() ? null : PublishedDate.parse(published, "'published'"),
        text(object, "language"),
        kind == null || kind.isBlank() ? null : ReportKind.fromCode(kind));
  }

  /** The string under {@code key}, null when absent or JSON null; another type is a BadInput. */
  static String text(JsonNode object, String key) throws BadInput {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadInput("'" + key + "' must be a string but is "
          + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return value.textValue();
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    JsonLocation at = e.getLocation();
    if (at != null && at.getColumnNr() > 0) {
      String where = at.getLineNr() > 1 ? "line " + at.getLineNr() + " column " : "column ";
      message = "at " + where + at.getColumnNr() + ": " + message;
    }
    return message.length() <= 160 ? message : message.substring(0, 160) + "...";
  }
}
