package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A Publisher is an outlet that issues reports: a stable id, its name and aliases, the family
 * (owner group) whose reports count as one source, its type, its country and the actor id of
 * the party it is aligned with ({@code null} when independent).
 */
public record Publisher(
    String id, String name, List<String> aliases, String family, PublisherType type, String country,
    String alignment) {

  public Publisher {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(type, "type");
  }

  /** A publisher the registry does not know: its own family, no alignment. */
  public static Publisher unknown(String name) {
    String id = "unknown:" + PublisherRegistry.key(name);
    return new Publisher(id, name, List.of(), id, PublisherType.UNKNOWN, null, null);
  }
}
