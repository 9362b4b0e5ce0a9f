package org.harmledger.redress;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Outcome;

/**
 * A NamedVictimCount holds an incident's named dead against its killed figure: how many killed
 * victims of the incident have at least one name, and the incident's killed low, best and high
 * (the total figure, or the civilian one when no total was reported; all null when neither was).
 */
public record NamedVictimCount(String incidentId, long named, Long low, Long best, Long high) {
  public NamedVictimCount {
    Objects.requireNonNull(incidentId, "incidentId");
  }

  /** Counts the named killed among {@code victims} that belong to {@code incident}. */
  public static NamedVictimCount of(Incident incident, Collection<Victim> victims) {
    long named = victims.stream()
        .filter(v -> incident.id().equals(v.incidentId()) && v.outcome() == VictimOutcome.KILLED
            && !v.names().isEmpty())
        .count();
    Optional<Figure> figure = incident.figure(Outcome.KILLED, CasualtyCategory.TOTAL)
        .or(() -> incident.figure(Outcome.KILLED, CasualtyCategory.CIVILIANS));
    return figure.map(f -> new NamedVictimCount(incident.id(), named, f.low(), f.best(), f.high()))
        .orElseGet(() -> new NamedVictimCount(incident.id(), named, null, null, null));
  }

  /** The count in words, such as {@code named 7 of best 20 (low 18, high 25)}. */
  public String describe() {
    if (best == null) {
      return "named " + named + "; no killed figure";
    }
    return "named " + named + " of best " + best + " (low " + low + ", high " + (high == null ? "open" : high) + ")";
  }
}
