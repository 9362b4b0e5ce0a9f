package org.harmledger.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A RuleSet is the extraction rules as data: the event taxonomy and the word lists every stage
 * reads, loaded once into immutable values and passed to stage constructors. Its {@link #hash()}
 * is the SHA-256 of the rule files, so an Extraction can say which rules made it. Thread-safe.
 */
public final class RuleSet {
  private static final String TAXONOMY = "/org/harmledger/extract/taxonomy.json";
  private static final String RULES = "/org/harmledger/extract/rules.json";

  private final List<EventType> eventTypes;
  private final List<String> nonTriggers;
  private final EventRules eventRules;
  private final NumberRules numbers;
  private final CasualtyRules casualties;
  private final DateRules dates;
  private final PlaceRules places;
  private final ActorRules actors;
  private final String sentenceModel;
  private final String hash;

  private RuleSet(byte[] taxonomy, byte[] rules) {
    ObjectMapper mapper = JsonMapper.builder()
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    try {
      JsonNode t = mapper.readTree(taxonomy);
      JsonNode r = mapper.readTree(rules);
      this.eventTypes = List.of(mapper.treeToValue(t.path("eventTypes"), EventType[].class));
      this.nonTriggers = t.has("nonTriggers") ? List.of(mapper.treeToValue(t.path("nonTriggers"), String[].class)) : List.of();
      this.eventRules = t.has("eventRules") ? mapper.treeToValue(t.path("eventRules"), EventRules.class) : EventRules.none();
      this.numbers = mapper.treeToValue(r.path("numbers"), NumberRules.class);
      this.casualties = mapper.treeToValue(r.path("casualties"), CasualtyRules.class);
      this.dates = mapper.treeToValue(r.path("dates"), DateRules.class);
      this.places = mapper.treeToValue(r.path("places"), PlaceRules.class);
      this.actors = mapper.treeToValue(r.path("actors"), ActorRules.class);
      this.sentenceModel = Objects.requireNonNull(r.path("opennlp").path("sentenceModel").textValue(),
          "rules.json: opennlp.sentenceModel");
    } catch (IOException e) {
      throw new IllegalArgumentException("extraction rules are not valid JSON: " + e.getMessage(), e);
    }
    MessageDigest digest = Sha256.digest();
    digest.update(taxonomy);
    digest.update(rules);
    this.hash = HexFormat.of().formatHex(digest.digest());
  }

  /** The rule set bundled with Harm Ledger (English). */
  public static RuleSet loadDefault() {
    return new RuleSet(resource(TAXONOMY), resource(RULES));
  }

  /** A rule set from the bytes of a taxonomy file and a rules file in the bundled format. */
  public static RuleSet of(byte[] taxonomy, byte[] rules) {
    return new RuleSet(taxonomy.clone(), rules.clone());
  }

  static byte[] resource(String name) {
    try (InputStream in = RuleSet.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + name, e);
    }
  }

  public List<EventType> eventTypes() {
    return eventTypes;
  }

  /** Phrases that hold a trigger word but name no event ("fighting positions", "accused of spying"). */
  public List<String> nonTriggers() {
    return nonTriggers;
  }

  /** The word lists that decide whether a trigger tells an event (foiled devices, negated statements, attributions). */
  public EventRules eventRules() {
    return eventRules;
  }

  public NumberRules numbers() {
    return numbers;
  }

  public CasualtyRules casualties() {
    return casualties;
  }

  public DateRules dates() {
    return dates;
  }

  public PlaceRules places() {
    return places;
  }

  public ActorRules actors() {
    return actors;
  }

  /** The classpath name of the OpenNLP sentence model. */
  public String sentenceModel() {
    return sentenceModel;
  }

  /** Hex SHA-256 of the rule files. */
  public String hash() {
    return hash;
  }
}
