package org.harmledger.redress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A ClaimBatch computes, for all claims at once, eligibility, awards and flags: it checks every
 * claim that is not rejected (paid claims too, since their awards count against the caps), applies
 * the award schedule, matches the victims the claims name, runs the duplicate and fraud checks and
 * sums it all up in a {@link BatchReport}. Pure: the same input gives the same report. Immutable
 * and thread-safe.
 */
public final class ClaimBatch {
  private final EligibilityChecker checker;
  private final AwardCalculator calculator;
  private final FlagDetector detector;
  private final VictimMatcher matcher;

  public ClaimBatch(Mandate mandate, AwardSchedule schedule, VictimMatcher matcher) {
    this.checker = new EligibilityChecker(mandate, schedule);
    this.calculator = new AwardCalculator(schedule);
    this.detector = new FlagDetector(mandate);
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  public BatchReport run(BatchInput in) {
    List<Claim> live = new ArrayList<>();
    Map<ClaimStatus, Long> perStatus = new EnumMap<>(ClaimStatus.class);
    for (Claim c : in.claims()) {
      perStatus.merge(c.status(), 1L, Long::sum);
      if (c.status() != ClaimStatus.REJECTED) {
        live.add(c);
      }
    }
    List<Eligibility> openEligibility = new ArrayList<>();
    Set<String> eligible = new HashSet<>();
    Map<String, Long> openPerCategory = new TreeMap<>();
    long eligibleOpen = 0;
    for (Claim c : live) {
      Eligibility e = checker.check(c, in.claimants().get(c.claimantId()), in.incidents(), in.victims());
      if (e.eligible()) {
        eligible.add(c.id());
      }
      if (c.status().isOpen()) {
        openEligibility.add(e);
        openPerCategory.merge(c.lossCategory(), 1L, Long::sum);
        eligibleOpen += e.eligible() ? 1 : 0;
      }
    }
    AwardRun run = calculator.compute(live, eligible, in.claimants());
    VictimMatching matching = matcher.match(namedVictims(live, in.victims()), in.decisions());
    List<Flag> flags = detector.detect(new FlagDetector.Evidence(live, in.victims(), in.incidents(), run.breaches(),
        matching.proposals(), in.decisions()), in.clearances());
    return report(live, perStatus, openPerCategory, eligibleOpen, openEligibility, run, flags, matching);
  }

  private BatchReport report(List<Claim> live, Map<ClaimStatus, Long> perStatus, Map<String, Long> openPerCategory,
      long eligibleOpen, List<Eligibility> openEligibility, AwardRun run, List<Flag> flags, VictimMatching matching) {
    Set<String> open = new HashSet<>();
    live.stream().filter(c -> c.status().isOpen()).forEach(c -> open.add(c.id()));
    Map<String, Long> awarded = new TreeMap<>();
    long total = 0;
    for (Award a : run.awards()) {
      if (open.contains(a.claimId())) {
        awarded.merge(a.category(), a.awarded(), Long::sum);
        total += a.awarded();
      }
    }
    Map<FlagKind, Long> perKind = new EnumMap<>(FlagKind.class);
    long openFlags = 0;
    for (Flag f : flags) {
      perKind.merge(f.kind(), 1L, Long::sum);
      openFlags += f.isOpen() ? 1 : 0;
    }
    return new BatchReport(perStatus, openPerCategory, eligibleOpen, openEligibility.size() - eligibleOpen, awarded,
        total, checker.schedule().currency(), perKind, openFlags, openEligibility, run.awards(), flags, matching);
  }

  private static List<Victim> namedVictims(List<Claim> claims, Map<String, Victim> victims) {
    Map<String, Victim> named = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (String id : c.victimIds()) {
        Victim v = victims.get(id);
        if (v != null) {
          named.putIfAbsent(id, v);
        }
      }
    }
    return new ArrayList<>(named.values());
  }
}
