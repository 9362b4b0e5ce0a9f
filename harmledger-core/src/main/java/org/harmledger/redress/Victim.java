package org.harmledger.redress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Victim is one person harmed, recorded after the Every Casualty Counts standards: names, sex,
 * age, civilian status, outcome, date of harm, the incident it happened in (null when not yet
 * linked to a recorded incident) and the reports that name the person (Report ids, the SHA-256
 * hex of each report). The names are personal data; {@link #publicView()} drops them.
 */
public record Victim(
    String id,
    PersonNames names,
    Sex sex,
    Age age,
    VictimStatus status,
    VictimOutcome outcome,
    LocalDate date,
    String incidentId,
    List<String> sources) {

  public Victim {
    Checks.nonBlank(id, "a victim id");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outcome, "outcome");
    incidentId = incidentId == null || incidentId.isBlank() ? null : incidentId;
    sources = List.copyOf(sources);
  }

  /** The victim without names: what a server, a public export or a log may show. */
  public PublicVictim publicView() {
    return new PublicVictim(id, sex, age, status, outcome, date, incidentId, sources);
  }

  public Victim withNames(PersonNames replacement) {
    return new Victim(id, replacement, sex, age, status, outcome, date, incidentId, sources);
  }
}
