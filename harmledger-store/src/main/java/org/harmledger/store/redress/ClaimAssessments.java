package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.redress.Claim;
import org.harmledger.redress.ClaimAssessment;
import org.harmledger.redress.ClaimAssessor;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.IncidentFacts;
import org.harmledger.redress.Victim;
import org.harmledger.resolve.Grade;
import org.harmledger.store.incidents.IncidentStore;

/**
 * ClaimAssessments assess one stored claim ({@link ClaimAssessor}) from what the ledger holds: the
 * claims and claimants of its family, the victims and the stored incidents those claims name, and
 * the flags of the latest batch run. It reads only that family, not the whole register.
 */
public final class ClaimAssessments {
  private final ClaimAssessor assessor;
  private final IncidentStore incidents;
  private final VictimRegister victims;
  private final ClaimantRegister claimants;
  private final ClaimRegister claims;

  public ClaimAssessments(ClaimAssessor assessor, IncidentStore incidents, VictimRegister victims,
      ClaimantRegister claimants, ClaimRegister claims) {
    this.assessor = Objects.requireNonNull(assessor, "assessor");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.victims = Objects.requireNonNull(victims, "victims");
    this.claimants = Objects.requireNonNull(claimants, "claimants");
    this.claims = Objects.requireNonNull(claims, "claims");
  }

  /** The assessment of claim {@code claimId}, or empty when there is no such claim. */
  public Optional<ClaimAssessment> assess(String claimId) {
    Optional<Claim> found = claims.find(claimId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Claim claim = found.get();
    Optional<Claimant> claimant = claimants.find(claim.claimantId());
    String family = claimant.map(Claimant::family).orElse(claim.claimantId());
    Map<String, Claimant> members = new HashMap<>();
    claimants.family(family).forEach(c -> members.put(c.id(), c));
    claimant.ifPresent(c -> members.put(c.id(), c));
    List<Claim> familyClaims = claimant.isPresent() ? claims.ofFamily(family) : List.of(claim);
    Map<String, IncidentFacts> facts = new HashMap<>();
    Map<String, Victim> named = new HashMap<>();
    for (Claim c : familyClaims) {
      if (c.incidentId() != null && !facts.containsKey(c.incidentId())) {
        incidents.find(c.incidentId()).ifPresent(json -> facts.put(c.incidentId(), facts(json)));
      }
      for (String v : c.victimIds()) {
        victims.find(v).ifPresent(victim -> named.put(v, victim));
      }
    }
    return Optional.of(assessor.assess(claim, familyClaims, members, facts, named, claims.flags()));
  }

  /** The facts redress decides on, read from an incident's stored JSON (the form {@code IncidentJson} writes). */
  static IncidentFacts facts(ObjectNode incident) {
    JsonNode date = incident.path("date");
    JsonNode place = incident.path("place");
    return new IncidentFacts(incident.path("id").asText(), date(date.path("start")), date(date.path("end")),
        text(place.path("country")), text(place.path("admin1")), text(incident.path("perpetrator").path("actor")),
        Grade.fromCode(incident.path("grade").path("grade").asText()));
  }

  private static LocalDate date(JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
