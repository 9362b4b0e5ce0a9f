package org.harmledger.redress;

import java.time.LocalDate;
import java.util.List;

/** A PublicVictim is a victim without personal data: safe to serve, export and log. */
public record PublicVictim(
    String id, Sex sex, Age age, VictimStatus status, VictimOutcome outcome, LocalDate date, String incidentId,
    List<String> sources) {

  public PublicVictim {
    sources = List.copyOf(sources);
  }
}
