package org.harmledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.harmledger.redress.NamedVictimCount;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimOutcome;
import org.harmledger.resolve.json.IncidentJson;

/**
 * NamedVictims sets a stored incident's named dead against its killed figure for {@code show}. It
 * reads the figure from the stored JSON (the same total-else-civilians choice as
 * {@link NamedVictimCount#of}), so showing an incident needs no re-resolution.
 */
final class NamedVictims {
  private NamedVictims() {}

  static NamedVictimCount count(JsonNode incident, List<Victim> victims) {
    String id = incident.path("id").asText();
    long named = victims.stream()
        .filter(v -> id.equals(v.incidentId()) && v.outcome() == VictimOutcome.KILLED && !v.names().isEmpty())
        .count();
    JsonNode killed = IncidentJson.summary(incident).path("killed");
    if (killed.isNull() || killed.isMissingNode()) {
      return new NamedVictimCount(id, named, null, null, null);
    }
    return new NamedVictimCount(id, named, killed.path("low").asLong(), killed.path("best").asLong(),
        killed.path("high").isNull() ? null : killed.path("high").asLong());
  }
}
