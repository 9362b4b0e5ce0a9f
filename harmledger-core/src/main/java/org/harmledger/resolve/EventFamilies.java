package org.harmledger.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * EventFamilies group event types that can describe the same event (an airstrike and a drone
 * strike), and know which statement types are a party's acknowledgement or denial. Wildcard types (an unknown attack) go with any family; a type not listed is a family
 * of its own; {@code statement.*} types are about an event, so they go with any family too.
 * Thread-safe.
 */
public final class EventFamilies {
  private static final String DEFAULT_RESOURCE = "event-families.json";
  static final String WILDCARD = "*";
  static final String STATEMENT = "statement";

  private final Map<String, String> familyByType = new HashMap<>();
  private final Set<String> wildcards = new HashSet<>();
  private final Map<String, Set<String>> overlaps = new HashMap<>();
  private final Map<String, BelligerentResponse> responses = new HashMap<>();

  private EventFamilies() {}

  /** The families shipped with Harm Ledger ({@code org/harmledger/resolve/event-families.json}). */
  public static EventFamilies loadDefault() {
    try (InputStream in = EventFamilies.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads families in the format of {@code event-families.json}. */
  public static EventFamilies read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    EventFamilies f = new EventFamilies();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("families").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().forEach(t -> f.familyByType.put(t.asText(), e.getKey()));
    }
    root.path("wildcards").forEach(t -> f.wildcards.add(t.asText()));
    Iterator<Map.Entry<String, JsonNode>> o = root.path("overlaps").fields();
    while (o.hasNext()) {
      Map.Entry<String, JsonNode> e = o.next();
      Set<String> all = new LinkedHashSet<>();
      all.add(f.familyOf(e.getKey()));
      e.getValue().forEach(t -> all.add(t.asText()));
      f.overlaps.put(e.getKey(), Set.copyOf(all));
    }
    Iterator<Map.Entry<String, JsonNode>> r = root.path("responses").fields();
    while (r.hasNext()) {
      Map.Entry<String, JsonNode> e = r.next();
      BelligerentResponse response = BelligerentResponse.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT));
      e.getValue().forEach(t -> f.responses.put(t.asText(), response));
    }
    return f;
  }

  /** The response a statement type records (acknowledged or denied), or null for any other type. */
  public BelligerentResponse responseOf(String eventType) {
    return responses.get(eventType);
  }

  /** Every family an event type can name: its own, plus those {@code overlaps} lists for it. */
  public Set<String> familiesOf(String eventType) {
    Set<String> all = overlaps.get(eventType);
    return all != null ? all : Set.of(familyOf(eventType));
  }

  /** The family of an event type: a listed family, {@code *} for wildcards, {@code statement}, or the type itself. */
  public String familyOf(String eventType) {
    if (eventType.startsWith("statement.")) {
      return STATEMENT;
    }
    if (wildcards.contains(eventType)) {
      return WILDCARD;
    }
    return familyByType.getOrDefault(eventType, "type:" + eventType);
  }
}
