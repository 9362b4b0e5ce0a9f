package org.harmledger.redress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A FlagDetector runs the duplicate and fraud checks over a set of claims and returns their
 * {@link Flag}s, with the clearances people have given applied (the latest per flag). Rejected
 * claims are ignored; a finding is flagged only when it involves at least one open claim, but
 * paid claims count as evidence (a victim already paid for, claimed again). Immutable and
 * thread-safe.
 */
public final class FlagDetector {
  private final Mandate mandate;

  public FlagDetector(Mandate mandate) {
    this.mandate = Objects.requireNonNull(mandate, "mandate");
  }

  /** Everything a detection run looks at. */
  public record Evidence(Collection<Claim> claims, Map<String, Victim> victims, Map<String, IncidentFacts> incidents,
      List<CapBreach> breaches, List<MatchProposal> proposals, List<MergeDecision> decisions) {}

  public List<Flag> detect(Evidence in, Collection<FlagClearance> clearances) {
    List<Claim> live = in.claims().stream().filter(c -> c.status() != ClaimStatus.REJECTED).toList();
    Map<String, List<Claim>> byVictim = new HashMap<>();
    for (Claim c : live) {
      for (String v : c.victimIds()) {
        byVictim.computeIfAbsent(v, k -> new ArrayList<>(2)).add(c);
      }
    }
    List<Flag> flags = new ArrayList<>();
    severalClaimants(byVictim, flags);
    overlapping(live, flags);
    unlinkedVictims(live, in.victims(), in.incidents(), flags);
    belowGrade(live, in.incidents(), flags);
    capBreaches(in.breaches(), live, flags);
    duplicates(byVictim, in.proposals(), in.decisions(), flags);
    return applyClearances(flags, clearances);
  }

  private static void severalClaimants(Map<String, List<Claim>> byVictim, List<Flag> flags) {
    byVictim.forEach((victim, claims) -> {
      Set<String> claimants = new TreeSet<>();
      claims.forEach(c -> claimants.add(c.claimantId()));
      if (claimants.size() > 1 && anyOpen(claims)) {
        flags.add(Flag.raise(FlagKind.VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS,
            "victim " + victim + " is claimed for by " + claimants.size() + " claimants " + claimants,
            ids(claims), List.of(victim)));
      }
    });
  }

  /** Sorts by claimant and category so only the few claimants with several claims of a category are grouped. */
  private static void overlapping(List<Claim> live, List<Flag> flags) {
    List<Claim> sorted = new ArrayList<>(live);
    sorted.sort(Comparator.comparing(Claim::claimantId).thenComparing(Claim::lossCategory).thenComparing(Claim::id));
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !sameClaimantAndCategory(sorted.get(start), sorted.get(i))) {
        if (i - start > 1) {
          overlappingWithin(sorted.subList(start, i), flags);
        }
        start = i;
      }
    }
  }

  private static boolean sameClaimantAndCategory(Claim a, Claim b) {
    return a.claimantId().equals(b.claimantId()) && a.lossCategory().equals(b.lossCategory());
  }

  /** Claims of one claimant and one category that share a victim or, without victims, an incident. */
  private static void overlappingWithin(List<Claim> run, List<Flag> flags) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : run) {
      if (c.victimIds().isEmpty()) {
        groups.computeIfAbsent("incident\u0000" + c.incidentId(), k -> new ArrayList<>(2)).add(c);
      }
      for (String v : c.victimIds()) {
        groups.computeIfAbsent("victim\u0000" + v, k -> new ArrayList<>(2)).add(c);
      }
    }
    Claim first = run.get(0);
    for (Map.Entry<String, List<Claim>> e : groups.entrySet()) {
      List<Claim> claims = e.getValue();
      if (claims.size() < 2 || !anyOpen(claims)) {
        continue;
      }
      String[] key = e.getKey().split("\u0000");
      flags.add(Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "claimant " + first.claimantId() + " has " + claims.size()
          + " claims of category " + first.lossCategory() + " for the same " + key[0] + " " + key[1], ids(claims),
          "victim".equals(key[0]) ? List.of(key[1]) : List.of()));
    }
  }

  private static void unlinkedVictims(List<Claim> live, Map<String, Victim> victims,
      Map<String, IncidentFacts> incidents, List<Flag> flags) {
    for (Claim c : live) {
      if (!c.status().isOpen()) {
        continue;
      }
      for (String id : c.victimIds()) {
        Victim v = victims.get(id);
        String why = v == null ? "is not in the victims register"
            : v.incidentId() == null ? "is not linked to any incident"
            : !incidents.containsKey(v.incidentId()) ? "is linked to incident " + v.incidentId() + ", which is not recorded"
            : null;
        if (why != null) {
          flags.add(Flag.raise(FlagKind.VICTIM_WITHOUT_INCIDENT, "victim " + id + " named in claim " + c.id() + " " + why,
              List.of(c.id()), List.of(id)));
        }
      }
    }
  }

  private void belowGrade(List<Claim> live, Map<String, IncidentFacts> incidents, List<Flag> flags) {
    for (Claim c : live) {
      IncidentFacts incident = c.incidentId() == null ? null : incidents.get(c.incidentId());
      if (c.status().isOpen() && incident != null && !mandate.accepts(incident.grade())) {
        flags.add(Flag.raise(FlagKind.INCIDENT_BELOW_GRADE, "claim " + c.id() + ": incident " + incident.id()
            + " is graded " + incident.grade().code() + ", below the mandate's " + mandate.minimumGrade().code(),
            List.of(c.id()), List.of()));
      }
    }
  }

  private static void capBreaches(List<CapBreach> breaches, List<Claim> live, List<Flag> flags) {
    Set<String> open = new HashSet<>();
    live.stream().filter(c -> c.status().isOpen()).forEach(c -> open.add(c.id()));
    for (CapBreach b : breaches) {
      if (b.claimIds().stream().anyMatch(open::contains)) {
        flags.add(Flag.raise(FlagKind.FAMILY_CAP_EXCEEDED, "family " + b.familyId() + " asked " + b.requested()
            + " in cap group " + b.capGroup() + " over " + b.claimIds().size() + " claims; the family cap is " + b.cap(),
            b.claimIds(), List.of()));
      }
    }
  }

  private static void duplicates(Map<String, List<Claim>> byVictim, List<MatchProposal> proposals,
      List<MergeDecision> decisions, List<Flag> flags) {
    Set<String> apart = new HashSet<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (MergeDecision d : decisions) {
      if (d.verdict() == MergeVerdict.DIFFERENT_PEOPLE) {
        apart.add(d.pairKey());
        reasons.remove(d.pairKey());
      } else {
        apart.remove(d.pairKey());
        reasons.put(d.pairKey(), d.victimA() + " and " + d.victimB() + " were decided the same person by " + d.actor());
      }
    }
    for (MatchProposal p : proposals) {
      String key = VictimMatcher.pairKey(p.victimA(), p.victimB());
      if (!apart.contains(key)) {
        reasons.putIfAbsent(key, p.reason());
      }
    }
    reasons.forEach((key, reason) -> {
      String[] pair = key.split("\u0000");
      List<Claim> a = byVictim.getOrDefault(pair[0], List.of());
      List<Claim> b = byVictim.getOrDefault(pair[1], List.of());
      Set<String> claims = new LinkedHashSet<>(ids(a));
      claims.addAll(ids(b));
      if (!a.isEmpty() && !b.isEmpty() && claims.size() > 1 && (anyOpen(a) || anyOpen(b))) {
        flags.add(Flag.raise(FlagKind.LIKELY_DUPLICATE_VICTIMS, "likely one person under different claims: " + reason,
            List.copyOf(claims), List.of(pair[0], pair[1])));
      }
    });
  }

  private static List<Flag> applyClearances(List<Flag> flags, Collection<FlagClearance> clearances) {
    Map<String, FlagClearance> latest = new HashMap<>();
    for (FlagClearance c : clearances) {
      latest.merge(c.flagId(), c, (x, y) -> y.at().isBefore(x.at()) ? x : y);
    }
    List<Flag> result = new ArrayList<>(flags.size());
    for (Flag f : flags) {
      FlagClearance c = latest.get(f.id());
      result.add(c == null ? f : f.cleared(c));
    }
    result.sort(Comparator.comparing(Flag::id));
    return result;
  }

  private static boolean anyOpen(List<Claim> claims) {
    return claims.stream().anyMatch(c -> c.status().isOpen());
  }

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }
}
