package org.harmledger.redress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harmledger.resolve.Grade;

/** Hand-built victims, claims, incidents, a mandate and a schedule for redress tests. */
final class RedressFixtures {
  static final Instant T0 = Instant.parse("2020-03-01T09:00:00Z");
  static final Mandate MANDATE = new Mandate("Test programme", LocalDate.parse("2017-01-01"),
      LocalDate.parse("2019-03-23"), List.of(new Territory("SY", "Deir ez-Zor")), Set.of("us_led_coalition"),
      Grade.FAIR, "test");
  static final AwardSchedule SCHEDULE = new AwardSchedule("Test schedule", "USD", List.of(
      new LossCategory("death", "death", 2500, "personal", true, false),
      new LossCategory("serious_injury", "injury", 2500, "personal", true, false),
      new LossCategory("home_destroyed", "home", 10000, "property", false, true)),
      List.of(new CapGroup("personal", 2500L, 10000L), new CapGroup("property", null, 15000L)), "test");

  private RedressFixtures() {}

  static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static IncidentFacts incident(String id, Grade grade) {
    return new IncidentFacts(id, LocalDate.parse("2019-01-18"), LocalDate.parse("2019-01-18"), "SY", "Deir Ezzor",
        "us_led_coalition", grade);
  }

  static Victim victim(String id, String given, String father, String family, String incidentId) {
    return new Victim(id, PersonNames.latin(given, father, family), Sex.MALE, Age.years(30), VictimStatus.CIVILIAN,
        VictimOutcome.KILLED, LocalDate.parse("2019-01-18"), incidentId, List.of());
  }

  static Claimant claimant(String id, String family, String... victimIds) {
    return new Claimant(id, PersonNames.latin("Claimant", null, id), Contact.none(), family,
        Arrays.stream(victimIds).map(v -> new Relationship(v, Kinship.CHILD)).toList());
  }

  static Claim claim(String id, String claimantId, String incidentId, String category, int minute, String... victims) {
    return Claim.submit(id, claimantId, List.of(victims), incidentId, category, List.of("report-1"), "registrar",
        at(minute));
  }

  static <T> Map<String, T> byId(Function<T, String> id, List<T> values) {
    return values.stream().collect(Collectors.toMap(id, v -> v));
  }
}
