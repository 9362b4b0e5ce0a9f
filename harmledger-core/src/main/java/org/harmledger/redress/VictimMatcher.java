package org.harmledger.redress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A VictimMatcher finds victim records that may be the same person. It compares two records field
 * by field (given, father's and family names through {@link NameNormalizer}, the Arabic name, a
 * Latin/Arabic consonant bridge when the two are written in different scripts, sex, age within a
 * tolerance, incident) and scores the weight of what agreed over the weight of what could be
 * compared (at least {@link MatchWeights#minimumComparedWeight()}). Reasons never quote names, so
 * a proposal can be shown without leaking them. Over a collection, records are only compared
 * within blocks that share the consonants of two name parts. The score is symmetric: the pair is
 * put in id order before comparing. Immutable and thread-safe.
 */
public final class VictimMatcher {
  private final NameNormalizer normalizer;
  private final MatchWeights weights;

  public VictimMatcher(NameNormalizer normalizer, MatchWeights weights) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public static VictimMatcher loadDefault() {
    return new VictimMatcher(NameNormalizer.loadDefault(), MatchWeights.loadDefault());
  }

  public MatchWeights weights() {
    return weights;
  }

  /** Compares two records. */
  public MatchProposal compare(Victim a, Victim b) {
    return compare(a, normalizer.profile(a.names()), b, normalizer.profile(b.names()));
  }

  /**
   * Proposes the pairs of records scoring at least the threshold, best first, except pairs a
   * person has already decided.
   */
  public VictimMatching match(Collection<Victim> victims, Collection<MergeDecision> decisions) {
    List<Victim> all = new ArrayList<>(victims);
    List<NameProfile> profiles = new ArrayList<>(all.size());
    List<List<String>> keysOf = new ArrayList<>(all.size());
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      NameProfile p = normalizer.profile(all.get(i).names());
      profiles.add(p);
      List<String> keys = blockKeys(p, all.get(i).incidentId()).stream().distinct().toList();
      keysOf.add(keys);
      for (String key : keys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.pairKey()));
    List<MatchProposal> proposals = new ArrayList<>();
    long comparisons = 0;
    int oversized = 0;
    for (Map.Entry<String, List<Integer>> entry : blocks.entrySet()) {
      List<Integer> block = entry.getValue();
      if (block.size() > weights.maxBlockSize()) {
        oversized++;
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (!isFirstSharedBlock(entry.getKey(), keysOf.get(i), keysOf.get(j), blocks)) {
            continue;
          }
          comparisons++;
          Victim a = all.get(i);
          Victim b = all.get(j);
          if (decided.contains(pairKey(a.id(), b.id()))) {
            continue;
          }
          MatchProposal p = compare(a, profiles.get(i), b, profiles.get(j));
          if (p.score() >= weights.threshold()) {
            proposals.add(p);
          }
        }
      }
    }
    proposals.sort(Comparator.comparingDouble(MatchProposal::score).reversed()
        .thenComparing(MatchProposal::victimA).thenComparing(MatchProposal::victimB));
    return new VictimMatching(proposals, comparisons, oversized);
  }

  /**
   * True when {@code key} is the first (in string order) compared block the two records share, so
   * each pair is compared once without remembering the pairs already compared.
   */
  private boolean isFirstSharedBlock(String key, List<String> keysA, List<String> keysB,
      Map<String, List<Integer>> blocks) {
    for (String k : keysA) {
      if (k.compareTo(key) < 0 && keysB.contains(k) && blocks.get(k).size() <= weights.maxBlockSize()) {
        return false;
      }
    }
    return true;
  }

  /** The key of an unordered pair of victim ids. */
  static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  /** Keys of the blocks a record is compared in: first and last name part, first and second, or one part and the incident. */
  static List<String> blockKeys(NameProfile p, String incidentId) {
    List<String> keys = new ArrayList<>(4);
    for (List<String> parts : List.of(p.latinSkeletons(), p.arabicSkeletons())) {
      if (parts.isEmpty() || parts.get(0).isEmpty()) {
        continue;
      }
      String first = parts.get(0);
      if (parts.size() == 1) {
        if (incidentId != null) {
          keys.add(first + "|@" + incidentId);
        }
        continue;
      }
      keys.add(first + "|" + parts.get(parts.size() - 1));
      if (parts.size() > 2) {
        keys.add(first + "|" + parts.get(1));
      }
    }
    return keys;
  }

  private MatchProposal compare(Victim a, NameProfile pa, Victim b, NameProfile pb) {
    if (a.id().compareTo(b.id()) > 0) {
      return compare(b, pb, a, pa);
    }
    Tally t = new Tally();
    boolean given = name(t, "given name", weights.givenName(), pa.given(), pb.given(), pa.givenSkeleton(),
        pb.givenSkeleton(), aliasOf(pa, pb.given()) || aliasOf(pb, pa.given()));
    boolean father = name(t, "father's name", weights.fatherName(), pa.father(), pb.father(), pa.fatherSkeleton(),
        pb.fatherSkeleton(), false);
    boolean family = name(t, "family name", weights.familyName(), pa.family(), pb.family(), pa.familySkeleton(),
        pb.familySkeleton(), false);
    boolean arabic = arabic(t, pa, pb);
    boolean bridge = !given && !arabic && bridge(t, pa, pb);
    if (!(given || father || family || arabic || bridge)) {
      t.disagree(0, "no names to compare");
      return t.proposal(a.id(), b.id(), 0);
    }
    if (a.sex() != Sex.UNKNOWN && b.sex() != Sex.UNKNOWN) {
      t.judge(a.sex() == b.sex(), weights.sex(), "sex", "sex differs");
    }
    Boolean age = a.age().agreesWith(b.age(), weights.ageToleranceYears());
    if (age != null) {
      t.judge(age, weights.age(), "age (within " + weights.ageToleranceYears() + " years)",
          "age differs by more than " + weights.ageToleranceYears() + " years");
    }
    if (a.incidentId() != null && b.incidentId() != null) {
      t.judge(a.incidentId().equals(b.incidentId()), weights.incident(), "same incident", "different incidents");
    }
    return t.proposal(a.id(), b.id(), t.agreed / Math.max(t.compared, weights.minimumComparedWeight()));
  }

  private static boolean aliasOf(NameProfile p, String given) {
    return given != null && p.aliases().contains(given);
  }

  /** Compares one Latin name field; false when either record lacks it. */
  private boolean name(Tally t, String field, double weight, String a, String b, String skA, String skB,
      boolean alias) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      t.agree(weight, field + " (same spelling after variants)");
    } else if (alias) {
      t.agree(weight, field + " (matches an alias)");
    } else if (skA.equals(skB)) {
      t.agree(weight * weights.consonantCredit(), weight, field + " (same consonants)");
    } else {
      t.disagree(weight, field + " differs");
    }
    return true;
  }

  private boolean arabic(Tally t, NameProfile a, NameProfile b) {
    if (a.arabic() == null || b.arabic() == null) {
      return false;
    }
    if (a.arabic().equals(b.arabic())) {
      t.agree(weights.arabicName(), "Arabic name (same after normalisation)");
    } else if (a.arabicSkeletons().equals(b.arabicSkeletons())) {
      t.agree(weights.arabicName() * weights.consonantCredit(), weights.arabicName(), "Arabic name (same consonants)");
    } else {
      t.disagree(weights.arabicName(), "Arabic name differs");
    }
    return true;
  }

  /** Latin against Arabic script: first and last name parts with the same consonants. */
  private boolean bridge(Tally t, NameProfile a, NameProfile b) {
    boolean ab = a.hasLatin() && b.hasArabic();
    boolean ba = b.hasLatin() && a.hasArabic();
    if (!ab && !ba) {
      return false;
    }
    boolean same = (ab && sameEnds(a.latinSkeletons(), b.arabicSkeletons()))
        || (ba && sameEnds(b.latinSkeletons(), a.arabicSkeletons()));
    t.judge(same, weights.scriptBridge(), "names across scripts (same consonants)", "names across scripts differ");
    return true;
  }

  private static boolean sameEnds(List<String> x, List<String> y) {
    return x.get(0).equals(y.get(0)) && x.get(x.size() - 1).equals(y.get(y.size() - 1));
  }

  /** The running sums of one comparison. */
  private static final class Tally {
    private double agreed;
    private double compared;
    private final List<String> agreements = new ArrayList<>();
    private final List<String> disagreements = new ArrayList<>();

    void agree(double weight, String why) {
      agree(weight, weight, why);
    }

    /** An agreement that earns {@code earned} of the field's {@code weight}. */
    void agree(double earned, double weight, String why) {
      agreed += earned;
      compared += weight;
      agreements.add(why);
    }

    void disagree(double weight, String why) {
      compared += weight;
      disagreements.add(why);
    }

    void judge(boolean agrees, double weight, String agreedWhy, String disagreedWhy) {
      if (agrees) {
        agree(weight, agreedWhy);
      } else {
        disagree(weight, disagreedWhy);
      }
    }

    MatchProposal proposal(String a, String b, double score) {
      return new MatchProposal(a, b, score, agreements, disagreements);
    }
  }
}
