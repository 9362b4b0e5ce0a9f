package org.harmledger.redress;

import java.util.List;

/**
 * VictimMatching is the result of matching a collection of victim records: the proposals (best
 * first), how many pairs were compared, and how many blocks were too large to compare (their
 * records were still compared in their other blocks).
 */
public record VictimMatching(List<MatchProposal> proposals, long comparisons, int oversizedBlocks) {
  public VictimMatching {
    proposals = List.copyOf(proposals);
  }
}
