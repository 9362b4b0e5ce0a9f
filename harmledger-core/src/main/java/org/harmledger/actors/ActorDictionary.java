package org.harmledger.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Span;

/** An ActorDictionary is an immutable index of Actors by id and by every alias. Thread-safe. */
public final class ActorDictionary {
  private final Map<String, Actor> byId = new HashMap<>();
  private final List<Map.Entry<Pattern, Actor>> aliasPatterns = new ArrayList<>();

  public ActorDictionary(Collection<Actor> actors) {
    List<Map.Entry<String, Actor>> aliases = new ArrayList<>();
    for (Actor actor : actors) {
      byId.put(actor.id(), actor);
      aliases.add(Map.entry(actor.name(), actor));
      actor.aliases().forEach(a -> aliases.add(Map.entry(a, actor)));
    }
    aliases.sort(Comparator.comparingInt((Map.Entry<String, Actor> e) -> e.getKey().length()).reversed());
    for (Map.Entry<String, Actor> e : aliases) {
      aliasPatterns.add(Map.entry(
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.getValue()));
    }
  }

  /** The default dictionaries shipped with Harm Ledger (Syria and Iraq). */
  public static ActorDictionary loadDefault() {
    throw new UnsupportedOperationException("the default actor dictionaries are not built yet");
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  public Collection<Actor> actors() {
    return List.copyOf(byId.values());
  }

  /** Longest-first, non-overlapping mentions of known actors in the text, in text order. */
  public List<ActorMention> findMentions(String text) {
    List<ActorMention> found = new ArrayList<>();
    for (Map.Entry<Pattern, Actor> e : aliasPatterns) {
      Matcher m = e.getKey().matcher(text);
      while (m.find()) {
        Span span = new Span(m.start(), m.end());
        if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
          found.add(new ActorMention(span, m.group(), e.getValue()));
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f.span().start()));
    return found;
  }
}
