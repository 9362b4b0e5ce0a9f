package org.harmledger.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ActorDictionaryReader reads one actor dictionary file: a JSON object with a {@code source}
 * and a {@code licence} (who wrote the data, under what terms), an optional {@code dictionary}
 * title and {@code format} note, and an {@code actors} array. Each actor has {@code id} (lower
 * case letters, digits and underscores), {@code name}, {@code type} (an {@link ActorType#code()}),
 * {@code acled_category} (ACLED inter code 1..8, 0 when none applies), {@code country} (two capital
 * letters or null), {@code part_of} (an actor id or null) and {@code aliases}. Unknown fields are
 * refused, so a misspelt field name cannot pass unnoticed. Thread-safe.
 */
final class ActorDictionaryReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Set<String> HEADER_FIELDS = Set.of("dictionary", "source", "licence", "format", "actors");
  private static final Set<String> ACTOR_FIELDS =
      Set.of("id", "name", "type", "acled_category", "country", "part_of", "aliases");

  private ActorDictionaryReader() {}

  /** The actors of one dictionary; {@code source} names it in error messages. Closes the stream. */
  static List<Actor> read(String source, InputStream in) {
    JsonNode root;
    try (in) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new ActorDictionaryFormatException(source + ": not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ActorDictionaryFormatException(source + ": expected a JSON object with source, licence and actors");
    }
    onlyKnownFields(root, HEADER_FIELDS, source);
    requiredText(root, "source", source);
    requiredText(root, "licence", source);
    JsonNode actors = root.get("actors");
    if (actors == null || !actors.isArray()) {
      throw new ActorDictionaryFormatException(source + ": expected an 'actors' array");
    }
    List<Actor> out = new ArrayList<>();
    int index = 0;
    for (JsonNode node : actors) {
      index++;
      out.add(actor(node, source + ": actor " + index));
    }
    return out;
  }

  private static Actor actor(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new ActorDictionaryFormatException(where + ": expected an object");
    }
    String id = requiredText(node, "id", where);
    if (!ID.matcher(id).matches()) {
      throw new ActorDictionaryFormatException(where + ": the id '" + id + "' must be lower case letters, digits and _");
    }
    String at = where.substring(0, where.lastIndexOf(": actor ")) + ": actor '" + id + "'";
    onlyKnownFields(node, ACTOR_FIELDS, at);
    String name = requiredText(node, "name", at);
    String typeCode = requiredText(node, "type", at);
    ActorType type = ActorType.fromCode(typeCode).orElseThrow(() -> new ActorDictionaryFormatException(
        at + ": unknown type '" + typeCode + "'; expected one of " + codes()));
    JsonNode acled = node.get("acled_category");
    if (acled == null || !acled.isInt() || acled.intValue() < 0 || acled.intValue() > 8) {
      throw new ActorDictionaryFormatException(at + ": acled_category must be 0..8 but was " + acled);
    }
    String country = optionalText(node, "country", at);
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw new ActorDictionaryFormatException(at + ": country must be two capital letters or null but was '" + country + "'");
    }
    String partOf = optionalText(node, "part_of", at);
    JsonNode aliases = node.get("aliases");
    if (aliases == null || !aliases.isArray()) {
      throw new ActorDictionaryFormatException(at + ": expected an 'aliases' array");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode alias : aliases) {
      if (!alias.isTextual() || alias.asText().isBlank()) {
        throw new ActorDictionaryFormatException(at + ": every alias must be non-empty text but found " + alias);
      }
      names.add(alias.asText());
    }
    return new Actor(id, name, type, acled.intValue(), country, partOf, names);
  }

  private static void onlyKnownFields(JsonNode node, Set<String> known, String where) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (!known.contains(field)) {
        throw new ActorDictionaryFormatException(where + ": unknown field '" + field + "'; expected " + known);
      }
    }
  }

  private static String requiredText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ActorDictionaryFormatException(where + ": '" + field + "' must be non-empty text");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new ActorDictionaryFormatException(where + ": '" + field + "' must be text or null");
    }
    return value.asText();
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (ActorType type : ActorType.values()) {
      codes.add(type.code());
    }
    return codes;
  }
}
