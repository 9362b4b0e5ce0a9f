package org.harmledger.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * PartyRelations know, for the parties to a conflict, who is part of whom, which alignment bloc
 * each belongs to and which sides are enemies. An actor id it does not list is not a party:
 * its own root, in no bloc, enemy of no one. Thread-safe.
 */
public final class PartyRelations {
  private static final String DEFAULT_RESOURCE = "parties.json";

  private final Map<String, String> partOf = new HashMap<>();
  private final Map<String, String> bloc = new HashMap<>();
  private final Set<String> enmities = new HashSet<>();

  private PartyRelations() {}

  /** The relations shipped with Harm Ledger ({@code org/harmledger/resolve/parties.json}). */
  public static PartyRelations loadDefault() {
    try (InputStream in = PartyRelations.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads relations in the format of {@code parties.json}. */
  public static PartyRelations read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    PartyRelations r = new PartyRelations();
    for (JsonNode p : root.path("parties")) {
      String id = p.path("id").asText();
      if (!p.path("part_of").isNull() && p.has("part_of")) {
        r.partOf.put(id, p.path("part_of").asText());
      }
      r.bloc.put(id, p.path("bloc").isNull() || !p.has("bloc") ? id : p.path("bloc").asText());
    }
    for (JsonNode pair : root.path("enmities")) {
      String a = pair.get(0).asText();
      String b = pair.get(1).asText();
      r.enmities.add(a + "|" + b);
      r.enmities.add(b + "|" + a);
    }
    return r;
  }

  /** The party answerable for an actor: follows part_of to the top; null stays null. */
  public String root(String actorId) {
    String current = actorId;
    for (int guard = 0; current != null && partOf.containsKey(current) && guard < 16; guard++) {
      current = partOf.get(current);
    }
    return current;
  }

  public boolean isParty(String actorId) {
    return actorId != null && bloc.containsKey(actorId);
  }

  /** The alignment bloc of a party, the party itself when it stands alone, null for a non-party. */
  public String side(String actorId) {
    return actorId == null ? null : bloc.get(actorId);
  }

  /**
   * True when both are parties and they are listed as enemies, either as sides (blocs) or as
   * parties themselves, so a bloc member can have an enemy its allies do not share.
   */
  public boolean areEnemies(String actorA, String actorB) {
    String a = side(actorA);
    String b = side(actorB);
    if (a == null || b == null) {
      return false;
    }
    return enmities.contains(a + "|" + b) || enmities.contains(actorA + "|" + b)
        || enmities.contains(a + "|" + actorB) || enmities.contains(actorA + "|" + actorB);
  }
}
