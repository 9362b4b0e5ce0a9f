package org.harmledger.redress;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A MatchProposal is the matcher's suggestion that two victim records may be one person: the two
 * ids (the smaller first), a score in [0, 1], and what agreed and what did not, each in words. A
 * person decides with a {@link MergeDecision}.
 */
public record MatchProposal(String victimA, String victimB, double score, List<String> agreed, List<String> disagreed) {
  public MatchProposal {
    Objects.requireNonNull(victimA, "victimA");
    Objects.requireNonNull(victimB, "victimB");
    if (victimA.compareTo(victimB) > 0) {
      throw new IllegalArgumentException("victim ids must be in order but were " + victimA + ", " + victimB);
    }
    agreed = List.copyOf(agreed);
    disagreed = List.copyOf(disagreed);
  }

  /** The score and the reasons in one line. */
  public String reason() {
    return String.format(Locale.ROOT, "%s and %s score %.2f; agreed: %s; disagreed: %s", victimA, victimB,
        score, agreed.isEmpty() ? "nothing" : String.join(", ", agreed),
        disagreed.isEmpty() ? "nothing" : String.join(", ", disagreed));
  }
}
