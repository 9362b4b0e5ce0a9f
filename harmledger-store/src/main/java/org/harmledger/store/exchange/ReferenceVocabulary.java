package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorMention;
import org.harmledger.extract.EventType;
import org.harmledger.extract.RuleSet;

/**
 * A ReferenceVocabulary translates between Harm Ledger's terms and those of the reference
 * datasets: event types to and from ACLED sub-event types (from the taxonomy), ACLED event and
 * disorder types and country names ({@code reference-datasets.json}), and actor names to and from
 * actor ids (the actor dictionaries). Immutable and thread-safe.
 */
public final class ReferenceVocabulary {
  private static final String RESOURCE = "reference-datasets.json";

  private final Map<String, String> subEventOfType = new HashMap<>();
  private final Map<String, String> typeOfSubEvent = new HashMap<>();
  private final Map<String, JsonNode> acledEventTypes = new HashMap<>();
  private final Map<String, String> countryName = new HashMap<>();
  private final Map<String, String> countryCode = new HashMap<>();
  private final List<String> adminSuffixes = new ArrayList<>();
  private final String ucdpEventType;
  private final ActorDictionary actors;

  ReferenceVocabulary(JsonNode data, List<EventType> eventTypes, ActorDictionary actors) {
    this.actors = Objects.requireNonNull(actors, "actors");
    Map<String, EventType> chosen = new HashMap<>();
    for (EventType t : eventTypes) {
      if (t.acledSubEvent() == null || t.acledSubEvent().isBlank()) {
        continue;
      }
      subEventOfType.putIfAbsent(t.id(), t.acledSubEvent());
      // A sub-event type imports as the widest of our types: a generic entry, else the lowest priority.
      chosen.merge(t.acledSubEvent(), t, (a, b) -> rank(b) < rank(a) ? b : a);
    }
    chosen.forEach((subEvent, t) -> typeOfSubEvent.put(subEvent, t.id()));
    data.path("acled_sub_event_aliases").fields().forEachRemaining(e ->
        typeOfSubEvent.putIfAbsent(e.getKey(), typeOfSubEvent.get(e.getValue().asText())));
    data.path("acled_event_types").fields().forEachRemaining(e -> acledEventTypes.put(e.getKey(), e.getValue()));
    data.path("countries").fields().forEachRemaining(e -> {
      countryName.put(e.getKey(), e.getValue().asText());
      countryCode.put(key(e.getValue().asText()), e.getKey());
    });
    data.path("country_aliases").fields().forEachRemaining(e -> countryCode.put(key(e.getKey()), e.getValue().asText()));
    data.path("admin_suffixes").forEach(s -> adminSuffixes.add(s.asText().toLowerCase(Locale.ROOT)));
    this.ucdpEventType = data.path("ucdp_event_type").asText("unknown_attack");
  }

  /** The vocabulary over the bundled taxonomy, actor dictionaries and {@code reference-datasets.json}. */
  public static ReferenceVocabulary loadDefault() {
    try (InputStream in = ReferenceVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return new ReferenceVocabulary(new ObjectMapper().readTree(in), RuleSet.loadDefault().eventTypes(),
          ActorDictionary.loadDefault());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static int rank(EventType t) {
    return t.generic() ? Integer.MIN_VALUE : t.priority();
  }

  /** Our event type for an ACLED sub-event type, if the taxonomy maps one. */
  public Optional<String> eventTypeOf(String acledSubEvent) {
    return Optional.ofNullable(typeOfSubEvent.get(acledSubEvent == null ? null : acledSubEvent.trim()));
  }

  /** The ACLED sub-event type of one of our event types; empty for statements and unmapped types. */
  public Optional<String> subEventOf(String eventType) {
    return Optional.ofNullable(subEventOfType.get(eventType));
  }

  /** The ACLED event type and disorder type of a sub-event type ({@code event_type}, {@code disorder_type}). */
  public Optional<JsonNode> acledEventType(String subEvent) {
    return Optional.ofNullable(acledEventTypes.get(subEvent));
  }

  public String ucdpEventType() {
    return ucdpEventType;
  }

  /** The ISO code of a country name as the datasets write it. */
  public Optional<String> countryCode(String name) {
    return Optional.ofNullable(name == null ? null : countryCode.get(key(name)));
  }

  /** The country name the datasets write for an ISO code; the code itself when unknown. */
  public String countryName(String code) {
    return code == null ? "" : countryName.getOrDefault(code.toUpperCase(Locale.ROOT), code);
  }

  /** An admin area name without the suffix the datasets append ("Deir ez-Zor governorate" is "Deir ez-Zor"). */
  public String adminName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim();
    for (String suffix : adminSuffixes) {
      if (n.toLowerCase(Locale.ROOT).endsWith(" " + suffix)) {
        return n.substring(0, n.length() - suffix.length() - 1).trim();
      }
    }
    return n;
  }

  /** The first dictionary actor named in {@code text}, if any. */
  public Optional<Actor> actorIn(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<ActorMention> mentions = actors.findMentions(text);
    return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0).actor());
  }

  public Optional<Actor> actor(String id) {
    return id == null ? Optional.empty() : actors.byId(id);
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
