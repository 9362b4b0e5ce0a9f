package org.harmledger.redress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A BatchReport is the outcome of a {@link ClaimBatch} run: claims per status (all claims), open
 * claims per loss category, eligible and ineligible open claims, the amounts awarded to open claims
 * per category and in total, flags per kind and how many are open, and the details: every open
 * claim's eligibility, every award (open and paid claims, in the order caps were applied), every
 * flag, and the victim matching behind the duplicate checks.
 */
public record BatchReport(
    Map<ClaimStatus, Long> perStatus,
    Map<String, Long> openPerCategory,
    long eligible,
    long ineligible,
    Map<String, Long> awardedPerCategory,
    long totalAwarded,
    String currency,
    Map<FlagKind, Long> flagsPerKind,
    long openFlags,
    List<Eligibility> eligibilities,
    List<Award> awards,
    List<Flag> flags,
    VictimMatching matching) {

  public BatchReport {
    perStatus = Map.copyOf(perStatus);
    openPerCategory = Map.copyOf(openPerCategory);
    awardedPerCategory = Map.copyOf(awardedPerCategory);
    flagsPerKind = Map.copyOf(flagsPerKind);
    eligibilities = List.copyOf(eligibilities);
    awards = List.copyOf(awards);
    flags = List.copyOf(flags);
  }

  /** The report as lines of text for a terminal, sorted so two runs print alike. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add("claims by status:");
    for (ClaimStatus s : ClaimStatus.values()) {
      lines.add(String.format(Locale.ROOT, "  %-28s %10d", s.code(), perStatus.getOrDefault(s, 0L)));
    }
    lines.add(String.format(Locale.ROOT, "open claims: %d eligible, %d not eligible", eligible, ineligible));
    lines.add("open claims by category (count, awarded " + currency + "):");
    openPerCategory.keySet().stream().sorted().forEach(c -> lines.add(String.format(Locale.ROOT, "  %-28s %10d %14d",
        c, openPerCategory.get(c), awardedPerCategory.getOrDefault(c, 0L))));
    lines.add(String.format(Locale.ROOT, "total awarded to open claims: %d %s", totalAwarded, currency));
    lines.add(String.format(Locale.ROOT, "flags: %d, %d open", flags.size(), openFlags));
    for (FlagKind k : FlagKind.values()) {
      lines.add(String.format(Locale.ROOT, "  %-36s %8d", k.code(), flagsPerKind.getOrDefault(k, 0L)));
    }
    lines.add(String.format(Locale.ROOT, "victim matching: %d pairs compared, %d proposals, %d blocks too large",
        matching.comparisons(), matching.proposals().size(), matching.oversizedBlocks()));
    return lines;
  }
}
