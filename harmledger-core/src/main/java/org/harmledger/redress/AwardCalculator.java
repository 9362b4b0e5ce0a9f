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
  private final Map<String, Integer> groupIndex = new HashMap<>();

  public AwardCalculator(AwardSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    schedule.capGroups().forEach(g -> groupIndex.put(g.id(), groupIndex.size()));
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
    int groups = groupIndex.size();
    // Spent and requested per claimant and per family, one slot per cap group: no key built per claim.
    Map<String, long[]> personSpent = new HashMap<>();
    Map<String, long[]> familySpent = new HashMap<>();
    Map<String, long[]> familyRequested = new HashMap<>();
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
      int g = groupIndex.get(group.id());
      String family = family(c, claimants);
      long[] person = personSpent.computeIfAbsent(c.claimantId(), k -> new long[groups]);
      long[] fam = familySpent.computeIfAbsent(family, k -> new long[groups]);
      long personLeft = remaining(group.perPerson(), person[g]);
      long familyLeft = remaining(group.perFamily(), fam[g]);
      long awarded = Math.min(cat.amount(), Math.min(personLeft, familyLeft));
      person[g] += awarded;
      fam[g] += awarded;
      familyRequested.computeIfAbsent(family, k -> new long[groups])[g] += cat.amount();
      awards.add(new Award(c.id(), cat.code(), cat.amount(), awarded, schedule.currency(),
          note(cat.amount(), awarded, personLeft, familyLeft, group)));
    }
    return new AwardRun(awards, breaches(ordered, eligible, claimants, familyRequested));
  }

  /** Families that asked for more than a family cap, with their eligible claims in that group, in award order. */
  private List<CapBreach> breaches(List<Claim> ordered, Set<String> eligible, Map<String, Claimant> claimants,
      Map<String, long[]> requested) {
    Map<String, List<String>> claimsOver = new LinkedHashMap<>();
    Map<String, long[]> totals = new HashMap<>();
    for (Claim c : ordered) {
      Optional<LossCategory> category = schedule.category(c.lossCategory());
      if (category.isEmpty() || !eligible.contains(c.id())) {
        continue;
      }
      CapGroup group = schedule.capGroup(category.get().capGroup());
      String family = family(c, claimants);
      long total = requested.get(family)[groupIndex.get(group.id())];
      if (group.perFamily() != null && total > group.perFamily()) {
        String key = family + '\u0000' + group.id();
        claimsOver.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
        totals.putIfAbsent(key, new long[] {total, group.perFamily()});
      }
    }
    List<CapBreach> breaches = new ArrayList<>(claimsOver.size());
    claimsOver.forEach((key, ids) -> {
      int cut = key.indexOf('\u0000');
      long[] t = totals.get(key);
      breaches.add(new CapBreach(key.substring(0, cut), key.substring(cut + 1), ids, t[0], t[1]));
    });
    return breaches;
  }

  private static String family(Claim c, Map<String, Claimant> claimants) {
    Claimant claimant = claimants.get(c.claimantId());
    return claimant == null ? c.claimantId() : claimant.family();
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
