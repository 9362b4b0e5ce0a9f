package org.harmledger.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A PublisherRegistry is an immutable index of Publishers by id, name and alias. A name it does
 * not know resolves to {@link Publisher#unknown(String)}, a family of its own. Thread-safe.
 */
public final class PublisherRegistry {
  private static final String DEFAULT_RESOURCE = "publishers.json";

  private final Map<String, Publisher> byId = new HashMap<>();
  private final Map<String, Publisher> byKey = new HashMap<>();
  private final Map<String, Publisher> byRawName = new ConcurrentHashMap<>();

  public PublisherRegistry(Collection<Publisher> publishers) {
    for (Publisher p : publishers) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate publisher id '" + p.id() + "'");
      }
      byKey.put(key(p.name()), p);
      p.aliases().forEach(a -> byKey.put(key(a), p));
    }
  }

  /** The registry shipped with Harm Ledger ({@code org/harmledger/resolve/publishers.json}). */
  public static PublisherRegistry loadDefault() {
    try (InputStream in = PublisherRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads a registry in the format of {@code publishers.json}. */
  public static PublisherRegistry read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    List<Publisher> publishers = new ArrayList<>();
    for (JsonNode n : root.path("publishers")) {
      List<String> aliases = new ArrayList<>();
      n.path("aliases").forEach(a -> aliases.add(a.asText()));
      publishers.add(new Publisher(n.path("id").asText(), n.path("name").asText(), aliases,
          n.path("family").asText(), PublisherType.fromCode(n.path("type").asText()), text(n, "country"),
          text(n, "alignment")));
    }
    return new PublisherRegistry(publishers);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public Optional<Publisher> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The publisher going by this name or alias, or an unknown publisher of its own family; null name is "unknown". */
  public Publisher lookup(String name) {
    String n = name == null || name.isBlank() ? "unknown" : name;
    return byRawName.computeIfAbsent(n, raw -> {
      Publisher p = byKey.get(key(raw));
      return p != null ? p : Publisher.unknown(raw);
    });
  }

  /** The matching key of a publisher name: lower case letters and digits only, no diacritics. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
