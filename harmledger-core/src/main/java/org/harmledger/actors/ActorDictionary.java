package org.harmledger.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harmledger.model.WordRuns;

/**
 * An ActorDictionary is an immutable index of Actors by id and by every alias (and name). It finds
 * mentions with an {@link AliasIndex}: longest alias first, acronyms only in capitals, other words
 * in any case and spelling of diacritics or Arabic letter forms. Thread-safe.
 *
 * <p>A dictionary refuses two actors with one id, a {@code part_of} naming no actor or making a
 * cycle, and one alias naming two actors, since each would make matches ambiguous.
 */
public final class ActorDictionary {
  private static final String RESOURCES = "/org/harmledger/actors/";

  private final Map<String, Actor> byId = new LinkedHashMap<>();
  private final AliasIndex aliases = new AliasIndex();

  public ActorDictionary(Collection<Actor> actors) {
    for (Actor actor : actors) {
      if (byId.put(actor.id(), actor) != null) {
        throw new IllegalArgumentException("two actors have the id '" + actor.id() + "'");
      }
    }
    for (Actor actor : byId.values()) {
      checkPartOf(actor);
      aliases.add(actor.name(), actor);
      actor.aliases().forEach(a -> aliases.add(a, actor));
    }
  }

  /** The dictionaries shipped with Harm Ledger (international parties and sources, Syria, Iraq), loaded once. */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * A dictionary of a user's own dictionary files, in the format of {@link ActorDictionaryReader}.
   * Each stream is closed; errors name it as "dictionary N".
   *
   * @throws ActorDictionaryFormatException for a malformed file
   * @throws IllegalArgumentException for actors that contradict one another
   */
  public static ActorDictionary load(InputStream... dictionaries) {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < dictionaries.length; i++) {
      actors.addAll(ActorDictionaryReader.read("dictionary " + (i + 1), dictionaries[i]));
    }
    return new ActorDictionary(actors);
  }

  /** A dictionary of a user's own dictionary files; errors name the file. */
  public static ActorDictionary load(Path... files) {
    List<Actor> actors = new ArrayList<>();
    for (Path file : files) {
      try {
        actors.addAll(ActorDictionaryReader.read(file.toString(), Files.newInputStream(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return new ActorDictionary(actors);
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  public Collection<Actor> actors() {
    return List.copyOf(byId.values());
  }

  /** The actor and the wider parties it is part of, nearest first: syria_mofa, syrian_government. */
  public List<Actor> lineage(String id) {
    List<Actor> chain = new ArrayList<>();
    Actor actor = byId.get(id);
    while (actor != null) {
      chain.add(actor);
      actor = actor.partOf() == null ? null : byId.get(actor.partOf());
    }
    return chain;
  }

  /** Longest-first, non-overlapping mentions of known actors in the text, in text order. */
  public List<ActorMention> findMentions(String text) {
    return aliases.findMentions(text);
  }

  /**
   * Longest-first, non-overlapping mentions of known actors in the text these word runs are in, in
   * text order: the same as {@link #findMentions(String)}, reading runs a caller already has.
   */
  public List<ActorMention> findMentions(WordRuns runs) {
    return aliases.findMentions(runs);
  }

  private void checkPartOf(Actor actor) {
    Actor current = actor;
    for (int depth = 0; current.partOf() != null; depth++) {
      Actor parent = byId.get(current.partOf());
      if (parent == null) {
        throw new IllegalArgumentException("actor '" + current.id() + "' is part_of '" + current.partOf()
            + "', which no dictionary defines");
      }
      if (depth > byId.size()) {
        throw new IllegalArgumentException("actor '" + actor.id() + "' is part of a part_of cycle");
      }
      current = parent;
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("the bundled actor resource " + RESOURCES + name + " is missing");
    }
    return in;
  }

  /** Holds the default dictionary, built on first use from the resources listed in default-dictionaries.txt. */
  private static final class DefaultHolder {
    static final ActorDictionary INSTANCE = build();

    private static ActorDictionary build() {
      List<Actor> actors = new ArrayList<>();
      String manifest;
      try (InputStream in = resource("default-dictionaries.txt")) {
        manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled actor dictionary list: " + e.getMessage(), e);
      }
      for (String line : manifest.split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          actors.addAll(ActorDictionaryReader.read(name, resource(name)));
        }
      }
      return new ActorDictionary(actors);
    }
  }
}
