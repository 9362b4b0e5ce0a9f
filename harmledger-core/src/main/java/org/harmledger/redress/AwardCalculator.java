package org.harmledger.redress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An AwardCalculator applies an award schedule to claims. Each eligible claim is worth its
 * category's fixed amount; caps per person (claimant) and per family are applied in a fixed order
 * so the result never depends on the order claims are given in: paid claims first (their money is
 * spent), then the others, each group by submission time, then claim id. A claim gets the least of
 * its amount, what its claimant has left under the per-person cap and what the family has left
 * under the family cap, in its cap group; a claim that comes after the cap is reached gets 0.
 * Rejected claims take no part; ineligible claims get 0. Immutable and thread-safe.
 */
public final class AwardCalculator {
  private static final Comparator<Claim> ORDER = Comparator
      .comparing((Claim c) -> c.status() == ClaimStatus.PAID ? 0 : 1)
      .thenComparing(Claim::submittedAt)
      .thenComparing(Claim::id);

  private final AwardSchedule schedule;

  public AwardCalculator(AwardSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * Computes the awards of {@code claims}. {@code eligible} holds the ids of the eligible claims;
   * {@code claimants} gives each claimant's family (a claimant missing from it is a family alone).
   */
  public AwardRun compute(Collection<Claim> claims, Set<String> eligible, Map<String, Claimant> claimants) {
    List<Claim> ordered = new ArrayList<>();
    for (Claim c : claims) {
      if (c.status() != ClaimStatus.REJECTED) {
        ordered.add(c);
      }
    }
    ordered.sort(ORDER);
    Map<String, Long> personSpent = new HashMap<>();
    Map<String, Long> familySpent = new HashMap<>();
    Map<String, Long> familyRequested = new LinkedHashMap<>();
    Map<String, List<String>> familyClaims = new HashMap<>();
    List<Award> awards = new ArrayList<>(ordered.size());
    for (Claim c : ordered) {
      Optional<LossCategory> category = schedule.category(c.lossCategory());
      if (category.isEmpty() || !eligible.contains(c.id())) {
        awards.add(new Award(c.id(), c.lossCategory(), category.map(LossCategory::amount).orElse(0L), 0,
            schedule.currency(), "not eligible"));
        continue;
      }
      LossCategory cat = category.get();
      CapGroup group = schedule.capGroup(cat.capGroup());
      Claimant claimant = claimants.get(c.claimantId());
      String family = claimant == null ? c.claimantId() : claimant.family();
      String personKey = c.claimantId() + '\u0000' + group.id();
      String familyKey = family + '\u0000' + group.id();
      long personLeft = remaining(group.perPerson(), personSpent.getOrDefault(personKey, 0L));
      long familyLeft = remaining(group.perFamily(), familySpent.getOrDefault(familyKey, 0L));
      long awarded = Math.min(cat.amount(), Math.min(personLeft, familyLeft));
      personSpent.merge(personKey, awarded, Long::sum);
      familySpent.merge(familyKey, awarded, Long::sum);
      familyRequested.merge(familyKey, cat.amount(), Long::sum);
      familyClaims.computeIfAbsent(familyKey, k -> new ArrayList<>(2)).add(c.id());
      awards.add(new Award(c.id(), cat.code(), cat.amount(), awarded, schedule.currency(),
          note(cat.amount(), awarded, personLeft, familyLeft, group)));
    }
    return new AwardRun(awards, breaches(familyRequested, familyClaims));
  }

  private List<CapBreach> breaches(Map<String, Long> requested, Map<String, List<String>> claims) {
    List<CapBreach> breaches = new ArrayList<>();
    requested.forEach((key, total) -> {
      int cut = key.indexOf('\u0000');
      CapGroup group = schedule.capGroup(key.substring(cut + 1));
      if (group.perFamily() != null && total > group.perFamily()) {
        breaches.add(new CapBreach(key.substring(0, cut), group.id(), claims.get(key), total, group.perFamily()));
      }
    });
    return breaches;
  }

  private static long remaining(Long cap, long spent) {
    return cap == null ? Long.MAX_VALUE : Math.max(0, cap - spent);
  }

  private static String note(long amount, long awarded, long personLeft, long familyLeft, CapGroup group) {
    if (awarded == amount) {
      return null;
    }
    if (familyLeft <= personLeft) {
      return "reduced from " + amount + " to " + awarded + ": family cap " + group.perFamily() + " in " + group.id();
    }
    return "reduced from " + amount + " to " + awarded + ": per-person cap " + group.perPerson() + " in " + group.id();
  }
}
