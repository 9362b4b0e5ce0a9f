package org.harmledger.redress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An EligibilityChecker applies a mandate and an award schedule to claims: it checks every
 * {@link EligibilityRule} and says for each what it found. A mandate without perpetrators covers
 * any attributed perpetrator. Checks that pass share one value per rule, so a million claims do
 * not carry a million identical sentences. Immutable and thread-safe.
 */
public final class EligibilityChecker {
  private final Mandate mandate;
  private final AwardSchedule schedule;
  private final Map<EligibilityRule, RuleCheck> passes = new EnumMap<>(EligibilityRule.class);
  private final Map<EligibilityRule, RuleCheck> withoutIncident = new EnumMap<>(EligibilityRule.class);

  public EligibilityChecker(Mandate mandate, AwardSchedule schedule) {
    this.mandate = Objects.requireNonNull(mandate, "mandate");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    String period = mandate.from() + ".." + mandate.to();
    String territory = mandate.territories().stream().map(Territory::describe).collect(Collectors.joining(", "));
    pass(EligibilityRule.CATEGORY_IN_SCHEDULE, "category in schedule " + schedule.name());
    pass(EligibilityRule.INCIDENT_RECORDED, "incident recorded");
    pass(EligibilityRule.INCIDENT_IN_PERIOD, "incident within " + period);
    pass(EligibilityRule.INCIDENT_IN_TERRITORY, "incident in " + territory);
    pass(EligibilityRule.PERPETRATOR_COVERED, "perpetrator among " + perpetrators());
    pass(EligibilityRule.INCIDENT_GRADE, "grade at least " + mandate.minimumGrade().code());
    pass(EligibilityRule.VICTIMS_NAMED, "victims named where the category needs them");
    pass(EligibilityRule.VICTIMS_REGISTERED, "every victim registered");
    pass(EligibilityRule.VICTIMS_OF_INCIDENT, "every victim harmed in the claim's incident");
    pass(EligibilityRule.CLAIMANT_RELATED, "relationship to every victim recorded");
    pass(EligibilityRule.DOCUMENTS_SUPPLIED, "supporting documents attached");
    for (EligibilityRule r : List.of(EligibilityRule.INCIDENT_IN_PERIOD, EligibilityRule.INCIDENT_IN_TERRITORY,
        EligibilityRule.PERPETRATOR_COVERED, EligibilityRule.INCIDENT_GRADE)) {
      withoutIncident.put(r, new RuleCheck(r, false, "no recorded incident to check"));
    }
  }

  public Mandate mandate() {
    return mandate;
  }

  public AwardSchedule schedule() {
    return schedule;
  }

  /** Checks one claim; {@code claimant} may be null when the claimant is not registered. */
  public Eligibility check(Claim claim, Claimant claimant, Map<String, IncidentFacts> incidents,
      Map<String, Victim> victims) {
    List<RuleCheck> checks = new ArrayList<>(EligibilityRule.values().length);
    Optional<LossCategory> category = schedule.category(claim.lossCategory());
    checks.add(judge(EligibilityRule.CATEGORY_IN_SCHEDULE, category.isPresent(),
        () -> "category " + claim.lossCategory() + " is not in schedule " + schedule.name()));
    IncidentFacts incident = claim.incidentId() == null ? null : incidents.get(claim.incidentId());
    checks.add(judge(EligibilityRule.INCIDENT_RECORDED, incident != null,
        () -> claim.incidentId() == null ? "the claim names no incident"
            : "incident " + claim.incidentId() + " is not recorded"));
    if (incident == null) {
      checks.add(withoutIncident.get(EligibilityRule.INCIDENT_IN_PERIOD));
      checks.add(withoutIncident.get(EligibilityRule.INCIDENT_IN_TERRITORY));
      checks.add(withoutIncident.get(EligibilityRule.PERPETRATOR_COVERED));
      checks.add(withoutIncident.get(EligibilityRule.INCIDENT_GRADE));
    } else {
      checkIncident(incident, checks);
    }
    checkVictims(claim, claimant, category, victims, checks);
    checks.add(judge(EligibilityRule.DOCUMENTS_SUPPLIED, !claim.documents().isEmpty(),
        () -> "no supporting document attached"));
    return new Eligibility(claim.id(), checks);
  }

  private void checkIncident(IncidentFacts incident, List<RuleCheck> checks) {
    boolean inPeriod = incident.start() != null && !incident.start().isBefore(mandate.from())
        && !incident.end().isAfter(mandate.to());
    checks.add(judge(EligibilityRule.INCIDENT_IN_PERIOD, inPeriod, () -> incident.start() == null
        ? "incident " + incident.id() + " has no resolved date"
        : "incident " + incident.id() + " dated " + incident.start() + ".." + incident.end() + ", outside "
            + mandate.from() + ".." + mandate.to()));
    boolean inTerritory = mandate.territories().stream().anyMatch(t -> t.contains(incident.country(), incident.admin1()));
    checks.add(judge(EligibilityRule.INCIDENT_IN_TERRITORY, inTerritory,
        () -> "incident " + incident.id() + " in " + incident.country() + "/" + incident.admin1()
            + ", outside the mandate territory"));
    boolean covered = incident.perpetrator() != null
        && (mandate.perpetrators().isEmpty() || mandate.perpetrators().contains(incident.perpetrator()));
    checks.add(judge(EligibilityRule.PERPETRATOR_COVERED, covered, () -> incident.perpetrator() == null
        ? "incident " + incident.id() + " is attributed to no one"
        : "incident " + incident.id() + " is attributed to " + incident.perpetrator() + ", not among " + perpetrators()));
    checks.add(judge(EligibilityRule.INCIDENT_GRADE, mandate.accepts(incident.grade()),
        () -> "incident " + incident.id() + " is graded " + incident.grade().code() + ", below "
            + mandate.minimumGrade().code()));
  }

  private void checkVictims(Claim claim, Claimant claimant, Optional<LossCategory> category,
      Map<String, Victim> victims, List<RuleCheck> checks) {
    boolean needsVictims = category.map(LossCategory::needsVictims).orElse(false);
    checks.add(judge(EligibilityRule.VICTIMS_NAMED, !needsVictims || !claim.victimIds().isEmpty(),
        () -> "a claim for " + claim.lossCategory() + " must name its victims"));
    List<String> unregistered = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    List<String> unrelated = new ArrayList<>();
    for (String id : claim.victimIds()) {
      Victim v = victims.get(id);
      if (v == null) {
        unregistered.add(id);
      } else if (!Objects.equals(v.incidentId(), claim.incidentId())) {
        elsewhere.add(id);
      }
      if (claimant == null || claimant.kinshipTo(id).isEmpty()) {
        unrelated.add(id);
      }
    }
    checks.add(judge(EligibilityRule.VICTIMS_REGISTERED, unregistered.isEmpty(),
        () -> "victims not registered: " + String.join(", ", unregistered)));
    checks.add(judge(EligibilityRule.VICTIMS_OF_INCIDENT, elsewhere.isEmpty(),
        () -> "victims not recorded in incident " + claim.incidentId() + ": " + String.join(", ", elsewhere)));
    checks.add(judge(EligibilityRule.CLAIMANT_RELATED, claimant != null && unrelated.isEmpty(),
        () -> claimant == null ? "claimant " + claim.claimantId() + " is not registered"
            : "no relationship recorded to victims: " + String.join(", ", unrelated)));
  }

  private RuleCheck judge(EligibilityRule rule, boolean passed, Supplier<String> failure) {
    return passed ? passes.get(rule) : new RuleCheck(rule, false, failure.get());
  }

  private void pass(EligibilityRule rule, String detail) {
    passes.put(rule, new RuleCheck(rule, true, detail));
  }

  private String perpetrators() {
    return mandate.perpetrators().isEmpty() ? "any attributed party" : String.join(", ", mandate.perpetrators());
  }
}
