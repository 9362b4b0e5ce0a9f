package org.harmledger.actors;

import java.util.List;
import java.util.Objects;

/**
 * An Actor is a party from an actor dictionary: a stable id ({@code us_led_coalition}), a display
 * name, its type, its ACLED inter code (1 state forces .. 8 external/other forces; 0 when none
 * applies, e.g. a monitoring group speaking as a source), the country it belongs to, the id of
 * the wider party it is part of ({@code syria_mofa} is part of {@code syrian_government}; null
 * when none), and every alias and misspelling seen in sources.
 */
public record Actor(
    String id,
    String name,
    ActorType type,
    int acledCategory,
    String country,
    String partOf,
    List<String> aliases) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}
