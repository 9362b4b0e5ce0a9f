package org.harmledger.redress;

import java.time.LocalDate;
import java.util.Objects;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.Incident;

/**
 * IncidentFacts are the facts about an incident that redress decides on: id, date range (null
 * when unresolved), country and admin1 of its place, attributed perpetrator (null when none) and
 * grade. Storage can build them without loading whole incidents.
 */
public record IncidentFacts(String id, LocalDate start, LocalDate end, String country, String admin1,
    String perpetrator, Grade grade) {

  public IncidentFacts {
    Checks.nonBlank(id, "an incident id");
    Objects.requireNonNull(grade, "grade");
  }

  public static IncidentFacts of(Incident incident) {
    boolean dated = incident.date() != null && incident.date().isResolved();
    boolean placed = incident.place() != null;
    return new IncidentFacts(incident.id(), dated ? incident.date().start() : null,
        dated ? incident.date().end() : null, placed ? incident.place().country() : null,
        placed ? incident.place().admin1() : null, incident.attribution().perpetrator(), incident.grade().grade());
  }
}
